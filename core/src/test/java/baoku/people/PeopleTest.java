package baoku.people;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.ArticleFilter;
import baoku.archive.IssueId;
import baoku.archive.SearchRequest;
import baoku.archive.SearchResult;
import baoku.archive.analysis.ChineseAnalyzers;
import baoku.archive.lucene.LuceneArchive;
import baoku.enrich.Enricher;
import baoku.enrich.HanLpTagger;
import baoku.page.Page;
import baoku.testing.PageReadCounter;
import baoku.testing.SamplePages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleTest {
  private static final LocalDate DAY_2022 = LocalDate.of(2022, 7, 23);
  private static final LocalDate DAY_2024 = LocalDate.of(2024, 9, 16);
  @TempDir static Path dir;
  private static LuceneArchive archive;
  private static People people;

  @BeforeAll
  static void open() {
    archive = LuceneArchive.openForWriting(dir, new ChineseAnalyzers());
    Enricher enricher = new Enricher(new HanLpTagger());
    for (Page page : new SamplePages().both()) {
      Page enriched = enricher.enrich(page);
      archive.put(new IssueId(page.issue().paper(), page.issue().date()), List.of(enriched));
    }
    archive.commit();
    people = new People(archive);
  }

  @AfterAll
  static void close() {
    archive.close();
  }

  @Test
  void listsEveryoneWithRoleArticlesAndDates() {
    PersonSummary chen =
        people.list().stream().filter(p -> p.name().equals("陈光浩")).findFirst().orElseThrow();
    assertThat(chen.role()).isEqualTo("official");
    assertThat(chen.articles()).isGreaterThanOrEqualTo(2);
    assertThat(chen.first()).isEqualTo(DAY_2022);
    assertThat(chen.last()).isEqualTo(DAY_2024);
  }

  @Test
  void aPersonHasTitlesWithDatesAndArticles() {
    PersonProfile chen = people.person("陈光浩").orElseThrow();
    assertThat(chen.titles())
        .contains(
            new TitleSpan("市委副书记", DAY_2022, DAY_2024), new TitleSpan("市长", DAY_2022, DAY_2024));
    assertThat(chen.articles()).extracting(PersonArticle::date).contains(DAY_2022, DAY_2024);
    assertThat(chen.timeline()).extracting(TitlesOnDate::date).containsExactly(DAY_2022, DAY_2024);
    assertThat(chen.timeline()).allMatch(day -> day.titles().containsAll(List.of("市委副书记", "市长")));
    assertThat(chen.articles())
        .isSortedAccordingTo(Comparator.comparing(PersonArticle::date).reversed());
    assertThat(chen.summary().articles()).isEqualTo(chen.articles().size());
    assertThat(people.person("无此人")).isEmpty();
  }

  @Test
  void aProfileShowsTheNewestDaysAndCountsThemAll() {
    Sightings leader = new Sightings("金帆");
    leader.seen(new baoku.archive.PersonSighting("金帆", "official", List.of("市长"), DAY_2022, 1));
    leader.seen(new baoku.archive.PersonSighting("金帆", "official", List.of("市委书记"), DAY_2024, 1));

    PersonProfile profile = leader.profile(1, List.of());

    assertThat(profile.days()).isEqualTo(2);
    assertThat(profile.timeline()).containsExactly(new TitlesOnDate(DAY_2024, List.of("市委书记")));
    assertThat(profile.titles())
        .containsExactly(
            new TitleSpan("市长", DAY_2022, DAY_2022), new TitleSpan("市委书记", DAY_2024, DAY_2024));
  }

  @Test
  void peopleAreAnsweredWithoutReadingAnyPage() {
    PageReadCounter counter = new PageReadCounter(archive);
    People counted = new People(counter);

    assertThat(counted.person("无此人")).isEmpty();
    assertThat(counted.person("陈光浩")).isPresent();
    assertThat(counted.list()).isNotEmpty();
    assertThat(counted.officials("市委书记")).isNotEmpty();

    assertThat(counter.reads()).isZero();
  }

  @Test
  void aListIsBoundedToThoseNamedMost() {
    List<PersonSummary> all = people.list();
    assertThat(all)
        .isSortedAccordingTo(
            Comparator.comparingInt(PersonSummary::articles)
                .reversed()
                .thenComparing(PersonSummary::name));
    assertThat(people.list(2)).containsExactlyElementsOf(all.subList(0, 2));
  }

  @Test
  void officialsAreWhoHeldAPostWhen() {
    assertThat(people.officials("市委书记"))
        .containsExactly(
            new Officeholder("市委书记", "马波", DAY_2022, DAY_2022),
            new Officeholder("市委书记", "赵波", DAY_2024, DAY_2024));
  }

  @Test
  void aScopedTitleHoldsThePostButADeputyDoesNot() {
    assertThat(People.holds("乐山市委书记", "市委书记")).isTrue();
    assertThat(People.holds("市委副书记", "市委书记")).isFalse();
    assertThat(People.holds("副市长", "市长")).isFalse();
    assertThat(People.holds("副市长", "副市长")).isTrue();
  }

  @Test
  void searchFiltersAndCountsByNamesFound() {
    SearchResult result =
        archive.search(
            new SearchRequest(
                "",
                ArticleFilter.all().withNames("陈光浩", null, null),
                SearchRequest.Order.DATE,
                0,
                100));
    assertThat(result.totalHits()).isGreaterThanOrEqualTo(2);
    assertThat(result.facets().get("person")).anyMatch(c -> c.value().equals("陈光浩"));
    assertThat(result.facets()).containsKeys("place", "org");
    SearchResult none =
        archive.search(
            new SearchRequest(
                "",
                ArticleFilter.all().withNames("陈光浩", "无此地", null),
                SearchRequest.Order.DATE,
                0,
                10));
    assertThat(none.totalHits()).isZero();
  }
}
