package baoku.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.page.Article;
import baoku.page.Issue;
import baoku.page.Page;
import baoku.page.TitleSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JumpStitcherTest {
  private static final Issue ISSUE =
      Issue.empty().withPaper("乐山日报").withDate(LocalDate.parse("2024-09-16"));
  private final JumpStitcher stitcher = new JumpStitcher();

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
    return new Page(null, ISSUE, number, null, List.of(), List.of(articles), List.of());
  }

  private static String id(int page, int n) {
    return "乐山日报/2024-09-16/" + page + "/" + n;
  }

  @Test
  void joinsAJumpToThePieceMarkedAsItsContinuation() {
    Map<String, String> ids =
        stitcher.logicalIds(
            List.of(
                page(1, article("头条新闻", null, null), article("高新区加快发展", 2, null)),
                page(2, article("别的新闻", null, null), article(null, null, 1))));
    assertThat(ids)
        .containsEntry(id(1, 1), id(1, 1))
        .containsEntry(id(1, 2), id(1, 2))
        .containsEntry(id(2, 1), id(2, 1))
        .containsEntry(id(2, 2), id(1, 2));
  }

  @Test
  void severalMarkedPiecesAreToldApartByHeadline() {
    Map<String, String> ids =
        stitcher.logicalIds(
            List.of(
                page(1, article("高新区加快发展", 2, null), article("网络安全宣传周综述", 2, null)),
                page(2, article("网络安全宣传周综述", null, 1), article("高新区加快发展", null, 1))));
    assertThat(ids.get(id(2, 1))).isEqualTo(id(1, 2));
    assertThat(ids.get(id(2, 2))).isEqualTo(id(1, 1));
  }

  @Test
  void withoutAMarkTheSameHeadlineJoins() {
    Map<String, String> ids =
        stitcher.logicalIds(
            List.of(
                page(2, article("别的新闻", null, null), article("上半年进出口总额增长", null, null)),
                page(1, article("上半年进出口总额增长", 2, null))));
    assertThat(ids.get(id(2, 2))).isEqualTo(id(1, 1));
    assertThat(ids.get(id(2, 1))).isEqualTo(id(2, 1));
  }

  @Test
  void followsAJumpOverSeveralPages() {
    Map<String, String> ids =
        stitcher.logicalIds(
            List.of(
                page(1, article("长篇通讯", 2, null)),
                page(2, article("长篇通讯", 3, 1)),
                page(3, article("长篇通讯", null, 2))));
    assertThat(ids.values()).containsOnly(id(1, 1));
  }

  @Test
  void aJumpToAPageNotAtHandStaysAlone() {
    Map<String, String> ids = stitcher.logicalIds(List.of(page(1, article("头条", 2, null))));
    assertThat(ids).containsExactly(Map.entry(id(1, 1), id(1, 1)));
  }
}
