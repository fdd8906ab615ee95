package baoku.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baoku.archive.ArchiveException;
import baoku.archive.ArchiveInUseException;
import baoku.archive.ArchivedArticle;
import baoku.archive.ArchivedIssue;
import baoku.archive.ArticleFilter;
import baoku.archive.ArticleId;
import baoku.archive.IssueId;
import baoku.archive.PageId;
import baoku.archive.PageSummary;
import baoku.archive.SearchHit;
import baoku.archive.SearchRequest;
import baoku.archive.SearchResult;
import baoku.archive.analysis.ChineseAnalyzers;
import baoku.page.Page;
import baoku.testing.SamplePages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneArchiveTest {
  private static final LocalDate DAY_2022 = LocalDate.of(2022, 7, 23);
  private static final LocalDate DAY_2024 = LocalDate.of(2024, 9, 16);
  private static final IssueId ISSUE_2022 = new IssueId(SamplePages.PAPER, DAY_2022);
  private static final IssueId ISSUE_2024 = new IssueId(SamplePages.PAPER, DAY_2024);

  @TempDir Path dir;
  private LuceneArchive archive;

  @BeforeEach
  void open() {
    archive = SampleArchive.open(dir);
  }

  @AfterEach
  void close() {
    archive.close();
  }

  private SearchResult search(String query) {
    return archive.search(SearchRequest.of(query));
  }

  private static List<String> titles(SearchResult result) {
    return result.hits().stream().map(SearchHit::headline).toList();
  }

  @Test
  void findsTheArticleAboutGranularSiliconFirstWithTheWordMarked() {
    SearchResult result = search("颗粒硅");

    SearchHit first = result.hits().get(0);
    assertThat(first.headline()).contains("协鑫");
    assertThat(first.headlineSnippet()).contains("<mark>颗粒硅</mark>");
    assertThat(first.snippets()).anyMatch(s -> s.contains("<mark>颗粒硅</mark>"));
  }

  @Test
  void hitsCarryTheirScoresInEitherOrder() {
    List<Float> byRelevance = search("乐山").hits().stream().map(SearchHit::score).toList();
    assertThat(byRelevance).isNotEmpty().allMatch(score -> score > 0);
    assertThat(byRelevance).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    SearchResult byDate =
        archive.search(
            new SearchRequest("乐山", ArticleFilter.all(), SearchRequest.Order.DATE, 0, 10));
    assertThat(byDate.hits()).isNotEmpty().allMatch(hit -> hit.score() > 0);
    assertThat(byDate.totalEstimated()).isFalse();
  }

  @Test
  void findsExactlyTheThreeArticlesThatNameMaBo() {
    assertThat(search("马波").totalHits()).isEqualTo(3);
  }

  @Test
  void aDateFilterKeepsTheTwo2024ArticlesNamingChenGuanghao() {
    SearchResult result =
        archive.search(
            new SearchRequest(
                "陈光浩",
                new ArticleFilter(null, LocalDate.of(2024, 1, 1), null, null, null, null),
                SearchRequest.Order.RELEVANCE,
                0,
                10));

    assertThat(result.totalHits()).isEqualTo(2);
    assertThat(result.hits()).allMatch(h -> h.date().equals(DAY_2024));
  }

  @Test
  void findsTheEthnicAffairsArticleByTheFullCountyName() {
    assertThat(titles(search("峨边彝族自治县"))).singleElement().asString().contains("民族宗教委");
  }

  @Test
  void countsFacetsOverAllMatches() {
    SearchResult result = search("陈光浩");

    assertThat(result.facets().get("year"))
        .extracting(f -> f.value() + "=" + f.count())
        .containsExactlyInAnyOrder("2022=2", "2024=2");
    assertThat(result.facets().get("paper"))
        .singleElement()
        .extracting(f -> f.count())
        .isEqualTo(4L);
    assertThat(result.facets()).containsKeys("month", "page", "author", "genre");
  }

  @Test
  void reIngestingAPageReplacesItWithoutDuplicates() {
    long articles = archive.stats().articles();

    SampleArchive.putSamples(archive);
    archive.commit();

    assertThat(archive.stats().articles()).isEqualTo(articles);
    assertThat(archive.stats().pages()).isEqualTo(2);
    assertThat(search("马波").totalHits()).isEqualTo(3);
  }

  @Test
  void putsAreInvisibleUntilCommitted() {
    Page page = new SamplePages().page(SamplePages.PAGE_2024);
    IssueId later = new IssueId(SamplePages.PAPER, DAY_2024.plusDays(1));
    archive.put(later, List.of(page.withIssue(page.issue().withDate(later.date()))));

    assertThat(archive.issue(later)).isEmpty();
    archive.commit();
    assertThat(archive.issue(later)).isPresent();
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
        .satisfies(i -> assertThat(i.id()).isEqualTo(ISSUE_2024));

    ArchivedIssue issue = archive.issue(ISSUE_2024).orElseThrow();
    assertThat(issue.issue().serial()).isEqualTo(12434);
    assertThat(issue.pages())
        .singleElement()
        .satisfies(p -> assertThat(p.articleCount()).isEqualTo(6));

    Page page = archive.page(ISSUE_2022.page(1)).orElseThrow().page();
    assertThat(page.articles()).hasSize(6);
    assertThat(page.articles().get(3).title()).contains("颗粒硅");

    ArticleId id = ArticleId.parse("乐山日报/2022-07-23/1/4");
    ArchivedArticle article = archive.article(id).orElseThrow();
    assertThat(article.article().title()).contains("颗粒硅");
    assertThat(article.logicalId()).isEqualTo(id.toString());
    assertThat(archive.article(ArticleId.parse("乐山日报/2022-07-23/1/9"))).isEmpty();
    assertThat(archive.page(new PageId(ISSUE_2022, 2))).isEmpty();
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
  }

  @Test
  void statsSayWhatTheArchiveHolds() {
    var stats = archive.stats();
    assertThat(stats.issues()).isEqualTo(2);
    assertThat(stats.pages()).isEqualTo(2);
    assertThat(stats.articles()).isEqualTo(12);
    assertThat(stats.firstIssue()).isEqualTo(DAY_2022);
    assertThat(stats.bytesOnDisk()).isPositive();
  }

  @Test
  void aSecondWriterIsToldTheArchiveIsInUse() {
    assertThatThrownBy(() -> LuceneArchive.openForWriting(dir, new ChineseAnalyzers()))
        .isInstanceOf(ArchiveInUseException.class)
        .hasMessageContaining("archive in use");
  }

  @Test
  void readersOpenBesideTheWriterAndFollowItsCommits() {
    try (LuceneArchive reader = LuceneArchive.openForReading(dir, new ChineseAnalyzers())) {
      assertThat(reader.stats().articles()).isEqualTo(12);
      Page page = new SamplePages().page(SamplePages.PAGE_2024);
      IssueId later = new IssueId(SamplePages.PAPER, DAY_2024.plusDays(1));
      archive.put(later, List.of(page.withIssue(page.issue().withDate(later.date()))));
      archive.commit();
      assertThat(reader.stats().articles()).isEqualTo(18);
    }
  }

  @Test
  void aReaderBesideTheWriterSeesEveryCommitAtOnce() {
    try (LuceneArchive reader = LuceneArchive.openForReading(dir, new ChineseAnalyzers())) {
      Page page = new SamplePages().page(SamplePages.PAGE_2024);
      for (int day = 1; day <= 5; day++) {
        IssueId later = new IssueId(SamplePages.PAPER, DAY_2024.plusDays(day));
        archive.put(later, List.of(page.withIssue(page.issue().withDate(later.date()))));
        assertThat(reader.papers().getFirst().issues()).isEqualTo(1 + day);
        archive.commit();
        assertThat(reader.papers().getFirst().issues()).isEqualTo(2 + day);
        assertThat(reader.papers().getFirst().lastIssue()).isEqualTo(later.date());
      }
    }
  }

  @Test
  void theVersionChangesWithEachCommitThatChangesSomething() {
    try (LuceneArchive reader = LuceneArchive.openForReading(dir, new ChineseAnalyzers())) {
      long before = archive.version().orElseThrow();
      assertThat(reader.version()).hasValue(before);
      assertThat(archive.version()).hasValue(before);
      Page page = new SamplePages().page(SamplePages.PAGE_2024);
      IssueId later = new IssueId(SamplePages.PAPER, DAY_2024.plusDays(1));
      archive.put(later, List.of(page.withIssue(page.issue().withDate(later.date()))));
      assertThat(archive.version()).hasValue(before);
      archive.commit();
      long after = archive.version().orElseThrow();
      assertThat(after).isNotEqualTo(before);
      assertThat(reader.version()).hasValue(after);
    }
  }

  @Test
  void issueRecordsWrittenBeforeTheyKeptHeadlinesAreStillRead() {
    archive.close();
    OlderIssueRecords.rewrite(dir);
    archive = LuceneArchive.openForWriting(dir, new ChineseAnalyzers());

    ArchivedIssue older = archive.issue(ISSUE_2022).orElseThrow();
    assertThat(older.pages()).singleElement().satisfies(p -> assertThat(p.headlines()).isNull());
    assertThat(older.pages().getFirst().articleCount()).isEqualTo(6);
    assertThat(older.pages().getFirst().leadTitle()).isEqualTo("市委常委会召开会议");
    assertThat(archive.issues(SamplePages.PAPER, null, null))
        .extracting(i -> i.id().date() + " " + i.pageCount() + "/" + i.articleCount())
        .containsExactly(DAY_2022 + " 1/6", DAY_2024 + " 1/6");

    // A page put into an older issue brings its headlines; the pages already held keep none.
    Page page = new SamplePages().page(SamplePages.PAGE_2024);
    Page second =
        new Page(
            page.source(),
            page.issue().withDate(DAY_2022),
            2,
            page.masthead(),
            page.otherBlocks(),
            page.articles(),
            page.people());
    archive.put(ISSUE_2022, List.of(second));
    archive.commit();
    ArchivedIssue merged = archive.issue(ISSUE_2022).orElseThrow();
    assertThat(merged.pages()).extracting(PageSummary::number).containsExactly(1, 2);
    assertThat(merged.pages().get(0).headlines()).isNull();
    assertThat(merged.pages().get(1).headlines()).hasSize(6);
    assertThat(archive.issues(SamplePages.PAPER, DAY_2022, DAY_2022))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.pageCount()).isEqualTo(2);
              assertThat(i.articleCount()).isEqualTo(12);
            });
  }

  @Test
  void readingWhereNothingWasIngestedSaysSo(@TempDir Path empty) {
    assertThatThrownBy(() -> LuceneArchive.openForReading(empty, new ChineseAnalyzers()))
        .isInstanceOf(ArchiveException.class)
        .hasMessageContaining("no archive");
  }

  @Test
  void refusesAPageOfAnotherIssue() {
    Page page = new SamplePages().page(SamplePages.PAGE_2024);
    assertThatThrownBy(() -> archive.put(ISSUE_2022, List.of(page)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
