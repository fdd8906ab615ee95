package baoku.archive.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baoku.archive.Archive;
import baoku.archive.ArchivedArticle;
import baoku.archive.ArchivedIssue;
import baoku.archive.ArticleFilter;
import baoku.archive.ArticleId;
import baoku.archive.Headline;
import baoku.archive.InvalidQueryException;
import baoku.archive.IssueId;
import baoku.archive.PageId;
import baoku.archive.PageSummary;
import baoku.archive.PeopleIndex;
import baoku.archive.PersonSighting;
import baoku.archive.PersonTally;
import baoku.archive.SearchHit;
import baoku.archive.SearchRequest;
import baoku.archive.SearchResult;
import baoku.archive.SightedArticle;
import baoku.archive.TitleHolding;
import baoku.archive.analysis.GenreNames;
import baoku.archive.export.ExportedArticle;
import baoku.page.Article;
import baoku.page.Page;
import baoku.page.Person;
import baoku.people.People;
import baoku.people.PersonProfile;
import baoku.resource.ResourceLoader;
import baoku.testing.SamplePages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store of the archive must do, on the two sample pages. Each store's test extends this
 * class and says how to open a fresh archive, so a difference between stores is a failing test.
 */
public abstract class ArchiveContract {
  protected static final LocalDate DAY_2022 = LocalDate.of(2022, 7, 23);
  protected static final LocalDate DAY_2024 = LocalDate.of(2024, 9, 16);
  protected static final IssueId ISSUE_2022 = new IssueId(SamplePages.PAPER, DAY_2022);
  protected static final IssueId ISSUE_2024 = new IssueId(SamplePages.PAPER, DAY_2024);

  protected Archive archive;

  /** A new, empty archive open for writing; each call gives another one. */
  protected abstract Archive createArchive();

  /** A second handle, for reading, on the archive {@link #createArchive} last made. */
  protected abstract Archive openReader();

  @BeforeEach
  void openWithSamples() {
    archive = createArchive();
    putSamples(archive);
    archive.commit();
  }

  @AfterEach
  void closeArchive() {
    archive.close();
  }

  /** Puts the two sample pages, one issue each. */
  public static void putSamples(Archive archive) {
    for (Page page : new SamplePages().both()) {
      archive.put(new IssueId(page.issue().paper(), page.issue().date()), List.of(page));
    }
  }

  private SearchResult search(String query) {
    return archive.search(SearchRequest.of(query));
  }

  private SearchResult search(String query, ArticleFilter filter) {
    return archive.search(new SearchRequest(query, filter, SearchRequest.Order.RELEVANCE, 0, 20));
  }

  private static List<String> titles(SearchResult result) {
    return result.hits().stream().map(SearchHit::headline).toList();
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(h -> h.id().toString()).toList();
  }

  private static ArticleFilter from(LocalDate day) {
    return new ArticleFilter(null, day, null, null, null, null);
  }

  @Test
  void findsTheArticleAboutGranularSiliconFirstWithTheWordMarked() {
    SearchResult result = search("颗粒硅");

    SearchHit first = result.hits().get(0);
    assertThat(first.id()).isEqualTo(ArticleId.parse("乐山日报/2022-07-23/1/4"));
    assertThat(first.headline()).contains("协鑫");
    assertThat(first.headlineSnippet()).contains("<mark>颗粒硅</mark>");
    assertThat(first.snippets()).anyMatch(s -> s.contains("<mark>颗粒硅</mark>"));
    assertThat(first.date()).isEqualTo(DAY_2022);
  }

  @Test
  void findsExactlyTheThreeArticlesThatNameMaBo() {
    assertThat(search("马波").totalHits()).isEqualTo(3);
  }

  @Test
  void aDateFilterKeepsTheTwo2024ArticlesNamingChenGuanghao() {
    SearchResult result = search("\"陈光浩\"", from(LocalDate.of(2024, 1, 1)));

    assertThat(result.totalHits()).isEqualTo(2);
    assertThat(result.hits()).hasSize(2).allMatch(h -> h.date().equals(DAY_2024));
  }

  @Test
  void findsTheEthnicAffairsArticleByTheFullCountyName() {
    assertThat(titles(search("峨边彝族自治县"))).singleElement().asString().contains("民族宗教委");
  }

  @Test
  void traditionalAndFullWidthTextFindsTheSameArticles() {
    assertThat(ids(search("陳光浩"))).isEqualTo(ids(search("陈光浩"))).isNotEmpty();
    assertThat(ids(search("顆粒硅"))).isEqualTo(ids(search("颗粒硅")));
  }

  @Test
  void countsFacetsOverAllMatches() {
    SearchResult result = search("陈光浩");

    assertThat(result.facets().keySet())
        .containsExactly(
            "paper", "year", "month", "page", "author", "genre", "person", "place", "org");
    assertThat(result.facets().get("year"))
        .extracting(f -> f.value() + "=" + f.count())
        .containsExactlyInAnyOrder("2022=2", "2024=2");
    assertThat(result.facets().get("paper"))
        .singleElement()
        .extracting(f -> f.count())
        .isEqualTo(4L);
  }

  @Test
  void facetValuesAreOrderedByCountThenByValue() {
    SearchResult result = search("");

    assertThat(result.totalHits()).isEqualTo(12);
    assertThat(result.facets().get("month"))
        .extracting(f -> f.value() + "=" + f.count())
        .containsExactly("2022-07=6", "2024-09=6");
    List<Long> counts = result.facets().get("author").stream().map(f -> f.count()).toList();
    assertThat(counts).isSortedAccordingTo((a, b) -> Long.compare(b, a));
  }

  @Test
  void booleanOperatorsAndFieldPrefixes() {
    long both = search("陈光浩 马波").totalHits();
    long either = search("陈光浩 OR 马波").totalHits();
    long notMa = search("陈光浩 NOT 马波").totalHits();

    assertThat(either).isGreaterThanOrEqualTo(search("陈光浩").totalHits());
    assertThat(both + notMa).isEqualTo(search("陈光浩").totalHits());
    assertThat(search("title:颗粒硅").totalHits()).isEqualTo(1);
    assertThat(search("paper:乐山日报 马波").totalHits()).isEqualTo(3);
    assertThat(search("author:张清").totalHits()).isEqualTo(3);
    assertThat(search("NOT 马波").totalHits()).isZero();
  }

  @Test
  void filtersByPaperPageAuthorAndGenre() {
    assertThat(search("", new ArticleFilter("乐山日报", null, null, 1, null, null)).totalHits())
        .isEqualTo(12);
    assertThat(search("", new ArticleFilter("其他日报", null, null, null, null, null)).totalHits())
        .isZero();
    assertThat(search("", new ArticleFilter(null, null, null, 2, null, null)).totalHits()).isZero();
    assertThat(search("", new ArticleFilter(null, null, null, null, "張清", null)).totalHits())
        .isEqualTo(3);
    String genre = archive.search(SearchRequest.of("")).facets().get("genre").get(0).value();
    long count = archive.search(SearchRequest.of("")).facets().get("genre").get(0).count();
    assertThat(search("", new ArticleFilter(null, null, null, null, null, genre)).totalHits())
        .isEqualTo(count);
  }

  @Test
  void aGenreIsFoundByTheNameTheReaderShows() {
    GenreNames genres = GenreNames.load(new ResourceLoader());
    List<baoku.archive.FacetCount> held = search("").facets().get("genre");
    assertThat(held).isNotEmpty();
    for (baoku.archive.FacetCount genre : held) {
      String name = genres.name(genre.value());
      assertThat(name).as(genre.value()).isNotEqualTo(genre.value());
      assertThat(search("genre:" + name).totalHits()).as(name).isEqualTo(genre.count());
      assertThat(search("", new ArticleFilter(null, null, null, null, null, name)).totalHits())
          .as(name)
          .isEqualTo(genre.count());
    }
  }

  @Test
  void aReporterIsCreditedWithTheArticlesOfTheirByline() {
    Page page = new SamplePages().page(SamplePages.PAGE_2024);
    int ordinal = 0;
    String reporter = null;
    for (int i = 0; i < page.articles().size() && reporter == null; i++) {
      Article article = page.articles().get(i);
      for (String author : article.authors()) {
        if (!article.text().contains(author) && !article.headline().contains(author)) {
          reporter = author;
          ordinal = i + 1;
          break;
        }
      }
    }
    assertThat(reporter).as("an author named only in a byline").isNotNull();
    archive.put(
        ISSUE_2024, List.of(page.withPeople(List.of(new Person(reporter, "reporter", List.of())))));
    archive.commit();

    assertThat(archive.people().articlesNaming(reporter, 10))
        .extracting(a -> a.id().toString())
        .contains(ISSUE_2024.page(1).article(ordinal).toString());
  }

  @Test
  void pagesThroughHitsAndSortsByDate() {
    SearchRequest all = new SearchRequest("", null, SearchRequest.Order.DATE, 0, 20);
    List<String> byDate = ids(archive.search(all));
    assertThat(byDate)
        .hasSize(12)
        .startsWith("乐山日报/2024-09-16/1/1", "乐山日报/2024-09-16/1/2")
        .endsWith("乐山日报/2022-07-23/1/6");

    List<String> paged = new ArrayList<>();
    for (int offset = 0; offset < 12; offset += 5) {
      paged.addAll(
          ids(archive.search(new SearchRequest("", null, SearchRequest.Order.DATE, offset, 5))));
    }
    assertThat(paged).isEqualTo(byDate);
    assertThat(archive.search(new SearchRequest("", null, SearchRequest.Order.DATE, 40, 5)).hits())
        .isEmpty();
  }

  @Test
  void refusesAQueryItCannotRead() {
    assertThatThrownBy(() -> search("title:(颗粒"))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("cannot read query");
    assertThatThrownBy(() -> search("nofield:颗粒"))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("unknown field");
  }

  @Test
  void reIngestingAPageReplacesItWithoutDuplicates() {
    long articles = archive.stats().articles();

    putSamples(archive);
    archive.commit();

    assertThat(archive.stats().articles()).isEqualTo(articles);
    assertThat(archive.stats().pages()).isEqualTo(2);
    assertThat(search("马波").totalHits()).isEqualTo(3);
  }

  @Test
  void aPageReIngestedWithFewerArticlesLosesTheRest() {
    Page page = new SamplePages().page(SamplePages.PAGE_2022);
    List<Article> firstTwo = page.articles().subList(0, 2);
    Page shorter =
        new Page(
            page.source(),
            page.issue(),
            page.number(),
            page.masthead(),
            page.otherBlocks(),
            firstTwo,
            page.people());

    archive.put(ISSUE_2022, List.of(shorter));
    archive.commit();

    assertThat(archive.stats().articles()).isEqualTo(8);
    assertThat(archive.article(ISSUE_2022.page(1).article(4))).isEmpty();
    assertThat(search("颗粒硅").totalHits()).isZero();
    assertThat(archive.issue(ISSUE_2022).orElseThrow().articleCount()).isEqualTo(2);
  }

  @Test
  void putsAreInvisibleUntilCommitted() {
    IssueId later = new IssueId(SamplePages.PAPER, DAY_2024.plusDays(1));
    archive.put(later, List.of(movedTo(later)));

    assertThat(archive.issue(later)).isEmpty();
    assertThat(archive.page(later.page(1))).isEmpty();
    assertThat(archive.stats().articles()).isEqualTo(12);
    archive.commit();
    assertThat(archive.issue(later)).isPresent();
    assertThat(archive.stats().articles()).isEqualTo(18);
  }

  private static Page movedTo(IssueId issue) {
    Page page = new SamplePages().page(SamplePages.PAGE_2024);
    return page.withIssue(page.issue().withDate(issue.date()));
  }

  @Test
  void keepsOtherPagesOfAnIssueWhenOneIsPut() {
    Page page = new SamplePages().page(SamplePages.PAGE_2024);
    Page second =
        new Page(
            page.source(),
            page.issue(),
            2,
            page.masthead(),
            page.otherBlocks(),
            page.articles(),
            page.people());

    archive.put(ISSUE_2024, List.of(second));
    archive.commit();

    ArchivedIssue issue = archive.issue(ISSUE_2024).orElseThrow();
    assertThat(issue.pages()).extracting(p -> p.number()).containsExactly(1, 2);
    assertThat(issue.issue().serial()).isEqualTo(12434);
    assertThat(archive.stats().pages()).isEqualTo(3);
  }

  @Test
  void servesTheViewsOfAnEPaper() {
    assertThat(archive.papers())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.paper()).isEqualTo(SamplePages.PAPER);
              assertThat(p.issues()).isEqualTo(2);
              assertThat(p.firstIssue()).isEqualTo(DAY_2022);
              assertThat(p.lastIssue()).isEqualTo(DAY_2024);
            });
    assertThat(
            archive.issues(SamplePages.PAPER, LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 30)))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.id()).isEqualTo(ISSUE_2024);
              assertThat(i.pageCount()).isEqualTo(1);
              assertThat(i.articleCount()).isEqualTo(6);
            });
    assertThat(archive.issues(SamplePages.PAPER, null, null))
        .extracting(i -> i.id().date())
        .containsExactly(DAY_2022, DAY_2024);
    assertThat(archive.issues("其他日报", null, null)).isEmpty();

    ArchivedIssue issue = archive.issue(ISSUE_2024).orElseThrow();
    assertThat(issue.issue().serial()).isEqualTo(12434);
    assertThat(issue.pages())
        .singleElement()
        .satisfies(p -> assertThat(p.articleCount()).isEqualTo(6));

    Page page = archive.page(ISSUE_2022.page(1)).orElseThrow().page();
    assertThat(page).isEqualTo(expectedStored(SamplePages.PAGE_2022));

    ArticleId id = ArticleId.parse("乐山日报/2022-07-23/1/4");
    ArchivedArticle article = archive.article(id).orElseThrow();
    assertThat(article.article().title()).contains("颗粒硅");
    assertThat(article.logicalId()).isEqualTo(id.toString());
    assertThat(article.issue().date()).isEqualTo(DAY_2022);
    assertThat(archive.article(ArticleId.parse("乐山日报/2022-07-23/1/9"))).isEmpty();
    assertThat(archive.page(new PageId(ISSUE_2022, 2))).isEmpty();
    assertThat(archive.issue(new IssueId("其他日报", DAY_2022))).isEmpty();
  }

  @Test
  void issueRecordsListEveryHeadlineOfEachPage() {
    Page page = new SamplePages().page(SamplePages.PAGE_2022);
    PageSummary summary = archive.issue(ISSUE_2022).orElseThrow().pages().getFirst();
    assertThat(summary.headlines())
        .hasSize(6)
        .isEqualTo(page.articles().stream().map(Headline::of).toList());
    assertThat(summary.headlines().getFirst().title()).isEqualTo("市委常委会召开会议");
    assertThat(summary.leadTitle()).isEqualTo("市委常委会召开会议");
  }

  /** A sample page as the archive gives it back: the issue it was put under filled in. */
  private static Page expectedStored(String name) {
    Page page = new SamplePages().page(name);
    return page.withIssue(page.issue().withPaper(SamplePages.PAPER));
  }

  @Test
  void exportsArticlesInArchiveOrder() {
    try (Stream<ArchivedArticle> all = archive.export(ArticleFilter.all())) {
      assertThat(all.map(a -> a.id().toString()).toList())
          .hasSize(12)
          .startsWith("乐山日报/2022-07-23/1/1", "乐山日报/2022-07-23/1/2")
          .endsWith("乐山日报/2024-09-16/1/6");
    }
    try (Stream<ArchivedArticle> byAuthor =
        archive.export(new ArticleFilter(null, null, null, null, "张清", null))) {
      assertThat(byAuthor.count()).isEqualTo(3);
    }
    try (Stream<ArchivedArticle> in2024 = archive.export(from(LocalDate.of(2024, 1, 1)))) {
      assertThat(in2024.map(a -> a.article().title()).toList())
          .isEqualTo(
              new SamplePages()
                  .page(SamplePages.PAGE_2024).articles().stream().map(Article::title).toList());
    }
  }

  @Test
  void statsSayWhatTheArchiveHolds() {
    var stats = archive.stats();
    assertThat(stats.papers()).hasSize(1);
    assertThat(stats.issues()).isEqualTo(2);
    assertThat(stats.pages()).isEqualTo(2);
    assertThat(stats.articles()).isEqualTo(12);
    assertThat(stats.firstIssue()).isEqualTo(DAY_2022);
    assertThat(stats.lastIssue()).isEqualTo(DAY_2024);
    assertThat(stats.bytesOnDisk()).isPositive();
  }

  @Test
  void readersFollowTheWritersCommits() {
    try (Archive reader = openReader()) {
      assertThat(reader.stats().articles()).isEqualTo(12);
      long chen = reader.search(SearchRequest.of("陈光浩")).totalHits();
      IssueId later = new IssueId(SamplePages.PAPER, DAY_2024.plusDays(1));
      archive.put(later, List.of(movedTo(later)));
      archive.commit();
      assertThat(reader.stats().articles()).isEqualTo(18);
      assertThat(reader.search(SearchRequest.of("陈光浩")).totalHits()).isEqualTo(chen + 2);
    }
  }

  private void putNamedPages() {
    archive.put(NamedPages.ISSUE, NamedPages.pages());
    archive.commit();
  }

  private static ArticleFilter names(String person, String place, String org) {
    return ArticleFilter.all().withNames(person, place, org);
  }

  @Test
  void filtersByTheNamesFoundInArticles() {
    putNamedPages();

    assertThat(ids(search("", names("陈光浩", null, null))))
        .containsExactly(NamedPages.ISSUE.page(1).article(1).toString());
    // Printed in the article and among the page's people, though not a mention.
    assertThat(ids(search("", names("马波", null, null)))).containsExactly(NamedPages.JUMP_END);
    assertThat(search("", names("陳光浩", null, null)).totalHits()).isEqualTo(1);
    assertThat(search("", names(null, "乐山市", null)).totalHits()).isEqualTo(2);
    // A short form counts as the full name it stands for.
    assertThat(ids(search("", names(null, null, "高新区管委会")))).containsExactly(NamedPages.JUMP_START);
    assertThat(search("", names(null, null, "管委会")).totalHits()).isZero();
    assertThat(search("", names("陈光浩", null, "高新区管委会")).totalHits()).isZero();
    assertThat(search("会议", names(null, "乐山市", "市委")).totalHits()).isEqualTo(1);
    try (Stream<ArchivedArticle> named = archive.export(names(null, "乐山市", null))) {
      assertThat(named.map(a -> a.id().toString()).toList())
          .containsExactly(NamedPages.ISSUE.page(1).article(1).toString(), NamedPages.JUMP_START);
    }
  }

  @Test
  void countsTheNamesFoundInArticlesAsFacets() {
    putNamedPages();

    SearchResult all = search("");
    assertThat(all.facets().get("person"))
        .extracting(f -> f.value() + "=" + f.count())
        .containsExactly("陈光浩=1", "马波=1");
    assertThat(all.facets().get("place"))
        .extracting(f -> f.value() + "=" + f.count())
        .containsExactly("乐山市=2");
    assertThat(all.facets().get("org"))
        .extracting(f -> f.value() + "=" + f.count())
        .containsExactly("市委=1", "高新区管委会=1");
    assertThat(search("高新区").facets().get("person"))
        .extracting(f -> f.value() + "=" + f.count())
        .containsExactly("马波=1");
  }

  @Test
  void partsOfAJumpedArticleShareOneLogicalId() {
    putNamedPages();

    String own = NamedPages.ISSUE.page(2).article(1).toString();
    assertThat(archive.article(ArticleId.parse(NamedPages.JUMP_START)).orElseThrow().logicalId())
        .isEqualTo(NamedPages.JUMP_START);
    assertThat(archive.article(ArticleId.parse(NamedPages.JUMP_END)).orElseThrow().logicalId())
        .isEqualTo(NamedPages.JUMP_START);
    assertThat(archive.article(ArticleId.parse(own)).orElseThrow().logicalId()).isEqualTo(own);
    ArticleFilter paper = new ArticleFilter(NamedPages.ISSUE.paper(), null, null, null, null, null);
    assertThat(search("高新区", paper).hits())
        .extracting(h -> h.id() + "→" + h.logicalId())
        .containsExactlyInAnyOrder(
            NamedPages.JUMP_START + "→" + NamedPages.JUMP_START,
            NamedPages.JUMP_END + "→" + NamedPages.JUMP_START);
    try (Stream<ArchivedArticle> exported = archive.export(paper)) {
      assertThat(exported.map(ExportedArticle::of).map(ExportedArticle::logicalId).toList())
          .containsExactly(
              NamedPages.ISSUE.page(1).article(1).toString(),
              NamedPages.JUMP_START,
              own,
              NamedPages.JUMP_START);
    }
  }

  @Test
  void peopleAndOfficialsAreReadFromTheArchive() {
    putNamedPages();

    assertThat(archive.page(NamedPages.ISSUE.page(2)).orElseThrow().page().people())
        .isEqualTo(NamedPages.pages().get(1).people());
    People people = new People(archive);
    PersonProfile chen = people.person("陈光浩").orElseThrow();
    assertThat(chen.titles()).extracting(t -> t.title()).containsExactly("市委书记");
    assertThat(chen.articles())
        .extracting(a -> a.id().toString())
        .containsExactly(NamedPages.ISSUE.page(1).article(1).toString());
    assertThat(people.officials("市长"))
        .extracting(o -> o.name() + " " + o.first())
        .containsExactly("马波 " + NamedPages.ISSUE.date());
  }

  @Test
  void thePeopleIndexSaysWhoIsNamedWhereAndWithWhichTitle() {
    putNamedPages();
    PeopleIndex people = archive.people();
    LocalDate day = NamedPages.ISSUE.date();

    assertThat(people.sightings("陈光浩"))
        .containsExactly(new PersonSighting("陈光浩", "official", List.of("市委书记"), day, 1));
    assertThat(people.sightings("无此人")).isEmpty();
    assertThat(people.articlesNaming("马波", 10))
        .containsExactly(new SightedArticle(ArticleId.parse(NamedPages.JUMP_END), "高新区加快发展"));
    assertThat(people.mostNamed(1000))
        .contains(
            new PersonTally("陈光浩", "official", 1, day, day),
            new PersonTally("马波", "official", 1, day, day));
    assertThat(people.titleHoldings("书记"))
        .containsExactly(new TitleHolding("市委书记", "陈光浩", day, day));
    assertThat(people.titleHoldings(""))
        .containsExactly(
            new TitleHolding("市委书记", "陈光浩", day, day), new TitleHolding("市长", "马波", day, day));
  }

  @Test
  void aPersonsArticlesComeNewestFirstAndTheListMostNamedFirst() {
    putNamedPages();
    Page first = NamedPages.pages().get(0);
    IssueId later = new IssueId(NamedPages.ISSUE.paper(), NamedPages.ISSUE.date().plusDays(1));
    archive.put(later, List.of(first.withIssue(first.issue().withDate(later.date()))));
    archive.commit();
    PeopleIndex people = archive.people();

    assertThat(people.articlesNaming("陈光浩", 10))
        .extracting(a -> a.id().toString())
        .containsExactly(
            later.page(1).article(1).toString(), NamedPages.ISSUE.page(1).article(1).toString());
    assertThat(people.articlesNaming("陈光浩", 1)).hasSize(1);
    // A later page lists him among its people but prints him in no article.
    IssueId latest = new IssueId(later.paper(), later.date().plusDays(1));
    Page second = NamedPages.pages().get(1);
    archive.put(
        latest,
        List.of(
            second
                .withIssue(second.issue().withDate(latest.date()))
                .withPeople(List.of(new Person("陈光浩", "official", List.of("市委书记"))))));
    archive.commit();
    assertThat(people.articlesNaming("陈光浩", 1))
        .extracting(a -> a.id().toString())
        .containsExactly(later.page(1).article(1).toString());
    assertThat(people.sightings("陈光浩")).hasSize(3);
    assertThat(people.sightings("陈光浩"))
        .extracting(PersonSighting::date)
        .containsExactly(NamedPages.ISSUE.date(), later.date(), latest.date());
    assertThat(people.mostNamed(1))
        .containsExactly(
            new PersonTally("陈光浩", "official", 2, NamedPages.ISSUE.date(), latest.date()));
  }

  @Test
  void replacingAPageReplacesItsPeople() {
    putNamedPages();
    Page second = NamedPages.pages().get(1);
    archive.put(
        NamedPages.ISSUE,
        List.of(second.withPeople(List.of(new Person("张清", "reporter", List.of())))));
    archive.commit();
    PeopleIndex people = archive.people();

    assertThat(people.sightings("马波")).isEmpty();
    assertThat(people.titleHoldings("市长")).isEmpty();
    assertThat(people.mostNamed(1000)).extracting(PersonTally::name).doesNotContain("马波");
    assertThat(people.sightings("张清")).hasSize(1);
    assertThat(people.sightings("陈光浩")).hasSize(1);
  }

  @Test
  void aRefusedPutLeavesNoPeopleBehind() {
    Page named = NamedPages.pages().get(0);
    Page foreign = new SamplePages().page(SamplePages.PAGE_2024);
    assertThatThrownBy(() -> archive.put(NamedPages.ISSUE, List.of(named, foreign)))
        .isInstanceOf(IllegalArgumentException.class);
    archive.commit();

    assertThat(archive.people().sightings("陈光浩")).isEmpty();
  }

  @Test
  void refusesAPageOfAnotherIssue() {
    Page page = new SamplePages().page(SamplePages.PAGE_2024);
    assertThatThrownBy(() -> archive.put(ISSUE_2022, List.of(page)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
