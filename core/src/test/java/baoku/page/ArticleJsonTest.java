package baoku.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleJsonTest {
  private final PageJson json = new PageJson();

  private static Page page(Article article) {
    return new Page("p.txt", Issue.empty(), 1, null, List.of(), List.of(article), List.of());
  }

  private static Article parsed() {
    return new Article(
        null,
        "标题",
        null,
        null,
        List.of(),
        null,
        "news",
        List.of("市委书记王建国讲话。"),
        List.of(),
        List.of(),
        null,
        null,
        TitleSource.PRINTED);
  }

  @Test
  void mentionsAndDatesAppearInSnakeCaseAndReadBack() {
    Article enriched =
        parsed()
            .withMentions(
                List.of(new Mention(EntityType.PERSON, "王建国", 4, 7, "王建国")),
                List.of(
                    new DateMention(
                        "昨日", 0, 2, LocalDate.parse("2022-07-22"), LocalDate.parse("2022-07-22"))));
    String text = json.write(page(enriched));
    assertThat(text).contains("\"mentions\"", "\"type\" : \"person\"", "\"dates\"", "\"from\"");
    assertThat(json.read(text).articles().get(0)).isEqualTo(enriched);
  }

  @Test
  void aPageAsParsedCarriesNoEmptyMentionLists() {
    String text = json.write(page(parsed()));
    assertThat(text).doesNotContain("mentions", "dates");
    assertThat(json.read(text).articles().get(0)).isEqualTo(parsed());
  }
}
