package baoku.archive.lucene;

import baoku.archive.ArticleId;
import baoku.archive.IssueId;
import baoku.archive.IssuePages;
import baoku.page.Article;
import baoku.page.Page;
import baoku.testing.SamplePages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The searchable text of each sample article, to compute what a search must find. */
final class SampleTexts {
  private SampleTexts() {}

  static Map<String, String> byId() {
    Map<String, String> texts = new LinkedHashMap<>();
    fieldsById().forEach((id, fields) -> texts.put(id, String.join("\n", fields)));
    return texts;
  }

  /** Headline and body apart, as the index holds them: a phrase never spans the two. */
  static Map<String, List<String>> fieldsById() {
    Map<String, List<String>> texts = new LinkedHashMap<>();
    for (Page page : new SamplePages().both()) {
      IssueId issue = new IssueId(page.issue().paper(), page.issue().date());
      int ordinal = 1;
      for (Article article : page.articles()) {
        ArticleId id = issue.page(page.number()).article(ordinal++);
        texts.put(id.toString(), List.of(article.headline(), IssuePages.body(article)));
      }
    }
    return texts;
  }

  static Set<String> idsWhere(Predicate<String> text) {
    return byId().entrySet().stream()
        .filter(e -> text.test(e.getValue()))
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }
}
