package baoku.cli;

import baoku.archive.FacetCount;
import baoku.archive.SearchHit;
import baoku.archive.SearchRequest;
import baoku.archive.SearchResult;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A search result as text for people: hits with marked snippets, then facet counts. */
final class SearchText {
  private final String markStart;
  private final String markEnd;

  /** On a terminal, matches are bold; elsewhere they stand between 【 and 】. */
  SearchText(boolean terminal) {
    this.markStart = terminal ? "\u001b[1;33m" : "【";
    this.markEnd = terminal ? "\u001b[0m" : "】";
  }

  String render(String query, SearchRequest request, SearchResult result) {
    StringBuilder out = new StringBuilder();
    int first = request.offset() + 1;
    out.append(result.totalEstimated() ? "about " : "");
    out.append(result.totalHits()).append(result.totalHits() == 1 ? " article" : " articles");
    out.append(query.isBlank() ? "" : " match " + query);
    if (!result.hits().isEmpty()) {
      out.append(" (showing ").append(first).append('–');
      out.append(request.offset() + result.hits().size()).append(')');
    }
    out.append("\n");
    int n = first;
    for (SearchHit hit : result.hits()) {
      out.append('\n')
          .append(n++)
          .append(". ")
          .append(marked(hit.headlineSnippet(), hit.headline()));
      out.append("\n   ").append(hit.id().issue().paper()).append(' ').append(hit.date());
      out.append(" 第").append(hit.id().page().number()).append("版");
      if (!hit.authors().isEmpty()) {
        out.append(" · ").append(String.join("、", hit.authors()));
      }
      out.append(" · ").append(hit.id()).append('\n');
      for (String snippet : hit.snippets()) {
        out.append("   ").append(marked(snippet, "").replace('\n', ' ')).append('\n');
      }
    }
    if (result.totalHits() > 0) {
      out.append('\n');
      if (result.facetsEstimated()) {
        out.append("facet counts estimated from a sample of the hits\n");
      }
      for (Map.Entry<String, List<FacetCount>> facet : result.facets().entrySet()) {
        if (!facet.getValue().isEmpty()) {
          out.append(facet.getKey()).append(": ");
          out.append(
              facet.getValue().stream()
                  .limit(8)
                  .map(c -> c.value() + " " + c.count())
                  .collect(Collectors.joining(", ")));
          out.append('\n');
        }
      }
    }
    return out.toString();
  }

  private String marked(String snippet, String fallback) {
    if (snippet == null) {
      return fallback;
    }
    return unescape(snippet.replace("<mark>", markStart).replace("</mark>", markEnd));
  }

  /** Undoes the highlighter's HTML escaping, for plain text. */
  private static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&");
  }
}
