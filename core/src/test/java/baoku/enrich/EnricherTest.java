package baoku.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.page.Article;
import baoku.page.DateMention;
import baoku.page.EntityType;
import baoku.page.Issue;
import baoku.page.Mention;
import baoku.page.Page;
import baoku.page.Person;
import baoku.page.TitleSource;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnricherTest {
  private static Page page(LocalDate date, Article... articles) {
    Issue issue = Issue.empty().withPaper("某某日报").withDate(date);
    return new Page("p.txt", issue, 1, null, List.of(), List.of(articles), List.of());
  }

  private static Article article(List<String> authors, String... paragraphs) {
    return new Article(
        null,
        "会议召开",
        null,
        null,
        authors,
        "本报讯",
        "news",
        List.of(paragraphs),
        List.of(),
        List.of(),
        null,
        null,
        TitleSource.PRINTED);
  }

  @Test
  void givesThePagePeopleAndTheArticlesMentionsAndDates() {
    Page enriched =
        Enrichment.ENRICHER.enrich(
            page(
                LocalDate.parse("2023-01-01"),
                article(List.of("付小红"), "本报讯（记者 付小红）昨日，市委书记王建国在市商务局调研。", "王建国强调，今年要稳增长。")));
    assertThat(enriched.people())
        .containsExactly(
            new Person("付小红", "reporter", List.of()),
            new Person("王建国", "official", List.of("市委书记")));
    Article article = enriched.articles().get(0);
    String text = article.text();
    for (Mention m : article.mentions()) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }
    assertThat(article.mentions())
        .filteredOn(m -> m.type() == EntityType.PERSON)
        .extracting(Mention::text)
        .containsExactly("付小红", "王建国", "王建国");
    assertThat(article.mentions())
        .filteredOn(m -> m.type() == EntityType.ORG)
        .extracting(Mention::text)
        .contains("市商务局");
    assertThat(article.dates())
        .extracting(DateMention::text, DateMention::from)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("昨日", LocalDate.parse("2022-12-31")),
            org.assertj.core.groups.Tuple.tuple("今年", LocalDate.parse("2023-01-01")));
  }

  @Test
  void aPageWithoutADateGetsNoDatesButItsPeople() {
    Page enriched = Enrichment.ENRICHER.enrich(page(null, article(List.of(), "昨日，县长李文华出席仪式。")));
    assertThat(enriched.articles().get(0).dates()).isEmpty();
    assertThat(enriched.people()).extracting(Person::name).containsExactly("李文华");
  }

  @Test
  void runsItsStagesInOrderEachFindingWhatItNeeds() {
    assertThat(Enrichment.ENRICHER.pipeline().stages())
        .extracting(s -> s.name())
        .containsExactly("tagging", "sightings", "people", "mentions", "dates", "enriched page");
  }
}
