package baoku.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.ArticleId;
import baoku.archive.IssueId;
import baoku.archive.SearchRequest;
import baoku.archive.analysis.ChineseAnalyzers;
import baoku.page.Article;
import baoku.page.Issue;
import baoku.page.Page;
import baoku.page.TitleSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogicalArticleTest {
  private static final IssueId ISSUE = new IssueId("某报", LocalDate.of(2024, 1, 2));

  private static Article article(String title, Integer continuedOn, Integer continuedFrom) {
    return new Article(
        null,
        title,
        null,
        null,
        List.of(),
        null,
        "news",
        List.of("正文"),
        List.of(),
        List.of(),
        continuedOn,
        continuedFrom,
        TitleSource.PRINTED);
  }

  private static Page page(int number, Article... articles) {
    Issue issue = Issue.empty().withPaper(ISSUE.paper()).withDate(ISSUE.date());
    return new Page(null, issue, number, null, List.of(), List.of(articles), List.of());
  }

  @Test
  void partsOfAJumpedArticleShareTheFirstPartsId(@TempDir Path dir) {
    try (LuceneArchive archive = LuceneArchive.openForWriting(dir, new ChineseAnalyzers())) {
      archive.put(
          ISSUE,
          List.of(
              page(1, article("头条新闻", null, null), article("高新区加快发展", 2, null)),
              page(2, article("别的新闻", null, null), article(null, null, 1))));
      archive.commit();
      String first = ISSUE.page(1).article(2).toString();
      assertThat(archive.article(ArticleId.parse(first)).orElseThrow().logicalId())
          .isEqualTo(first);
      assertThat(archive.article(ISSUE.page(2).article(2)).orElseThrow().logicalId())
          .isEqualTo(first);
      assertThat(archive.article(ISSUE.page(2).article(1)).orElseThrow().logicalId())
          .isEqualTo(ISSUE.page(2).article(1).toString());
      assertThat(archive.search(SearchRequest.of("")).hits())
          .filteredOn(hit -> hit.logicalId().equals(first))
          .extracting(hit -> hit.id().toString())
          .containsExactlyInAnyOrder(first, ISSUE.page(2).article(2).toString());
    }
  }
}
