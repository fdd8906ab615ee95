package baoku.cli;

import baoku.archive.Archive;
import baoku.archive.SearchRequest;
import baoku.archive.SearchResult;
import baoku.page.PageJson;
import baoku.web.BadParameterException;
import baoku.web.SearchQuery;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code baoku search QUERY}: ranked articles with highlighted snippets and facet counts. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the archive's articles.",
      "QUERY: words (all must occur), \"quoted phrases\", AND / OR / NOT, parentheses, and field"
          + " prefixes title:, body:, author:, paper:, genre:. Any run of two or more characters"
          + " that occurs in an article finds it."
    })
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ArchiveLocation archive;
  @Mixin FilterOptions filters;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "The query; words may be apart.")
  List<String> words = List.of();

  @Option(
      names = "--sort",
      defaultValue = "relevance",
      description = "relevance or date (newest first). Default: ${DEFAULT-VALUE}.")
  Order sort;

  @Option(
      names = "--limit",
      defaultValue = "10",
      description = "Hits to show, at most 100 (default: 10).")
  int limit;

  @Option(
      names = "--offset",
      defaultValue = "0",
      description = "Hits to skip, for paging, at most 10000.")
  int offset;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text (for people) or json (snippets mark hits with <mark>). Default: text.")
  Format format;

  enum Order {
    relevance,
    date
  }

  enum Format {
    text,
    json
  }

  /**
   * The request as the reader would take it from the same parameters, so within the reader's
   * bounds: a query of at most {@link SearchQuery#MAX_QUERY_CHARS} characters (which bounds how
   * deep its parentheses nest), at most {@link SearchQuery#MAX_OFFSET} hits skipped and {@link
   * SearchQuery#MAX_LIMIT} shown.
   */
  private SearchRequest request(String query) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("q", query);
    params.putAll(filters.params());
    params.put("sort", sort.name());
    params.put("offset", String.valueOf(offset));
    params.put("limit", String.valueOf(limit));
    try {
      return SearchQuery.parse(params::get)
          .toRequest()
          .orElseThrow(() -> new IllegalStateException("no date range to search"));
    } catch (BadParameterException e) {
      String what =
          e.parameter() == null ? null : e.parameter().equals("q") ? "QUERY" : "--" + e.parameter();
      throw new IllegalArgumentException(
          what == null ? e.englishReason() : what + " " + e.englishReason(), e);
    }
  }

  @Override
  public Integer call() {
    String query = String.join(" ", words);
    SearchRequest request = request(query);
    SearchResult result;
    try (Archive store = archive.openForReading()) {
      result = store.search(request);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("query", query);
      answer.put("total_hits", result.totalHits());
      answer.put("total_hits_estimated", result.totalEstimated());
      answer.put("hits", result.hits());
      answer.put("facets", result.facets());
      answer.put("facets_estimated", result.facetsEstimated());
      out.println(new PageJson().write(answer, true));
    } else {
      out.print(new SearchText(Terminal.isInteractive()).render(query, request, result));
    }
    out.flush();
    return 0;
  }
}
