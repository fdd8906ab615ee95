package baoku.archive.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.Archive;
import baoku.archive.ArchivedArticle;
import baoku.archive.ArticleFilter;
import baoku.archive.IssueId;
import baoku.archive.SearchHit;
import baoku.archive.SearchRequest;
import baoku.archive.SearchRequest.Order;
import baoku.archive.SearchResult;
import baoku.archive.analysis.ChineseAnalyzers;
import baoku.archive.lucene.LuceneArchive;
import baoku.page.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both stores hold the same 300 mixed pages; every query gives the same total, the same articles in
 * the same order with the same scores, and the same facet counts.
 */
@ExtendWith(SharedCluster.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SameResultsIT {
  private static final String NAME = "same-results";
  private static final int PAGES = 300;

  private final LocalCluster cluster;
  private Archive embedded;
  private Archive onCluster;

  SameResultsIT(LocalCluster cluster) {
    this.cluster = cluster;
  }

  @BeforeAll
  void ingestTheSamePagesIntoBoth(@TempDir Path folder) {
    embedded = LuceneArchive.openForWriting(folder.resolve("archive"), new ChineseAnalyzers());
    onCluster =
        new OpenSearchArchiveStore(Map.of())
            .openForWriting(cluster.url() + "/" + NAME + "?shards=2&replicas=1");
    MixedPages pages = new MixedPages();
    Map<IssueId, List<Page>> issues = new LinkedHashMap<>();
    for (int i = 0; i < PAGES; i++) {
      issues.computeIfAbsent(MixedPages.issue(i), k -> new ArrayList<>()).add(pages.page(i));
    }
    issues.forEach(
        (issue, issuePages) -> {
          embedded.put(issue, issuePages);
          onCluster.put(issue, issuePages);
        });
    embedded.commit();
    onCluster.commit();
  }

  @AfterAll
  void close() {
    embedded.close();
    onCluster.close();
    SharedCluster.deleteArchives(cluster, NAME);
  }

  static Stream<SearchRequest> requests() {
    LocalDate day = MixedPages.FIRST_DAY;
    return Stream.of(
        request("颗粒硅"),
        request("马波"),
        request("\"陈光浩\""),
        request("峨边彝族自治县"),
        request("乐山"),
        request("陳光浩"),
        request("发展"),
        request("经济 发展"),
        request("乐山 OR 峨眉"),
        request("乐山 NOT 经济"),
        request("(乐山 OR 峨边) AND 工作"),
        request("title:乐山"),
        request("body:\"高质量发展\""),
        request("author:张清"),
        request("paper:嘉州晚报 乐山"),
        request("市"),
        request("2022"),
        request("２０２２"),
        request(""),
        new SearchRequest("乐山", null, SearchRequest.Order.DATE, 0, 25),
        new SearchRequest("发展", null, SearchRequest.Order.RELEVANCE, 20, 15),
        new SearchRequest(
            "工作",
            new ArticleFilter("峨眉周报", day.plusDays(10), day.plusDays(40), null, null, null),
            SearchRequest.Order.RELEVANCE,
            0,
            30),
        new SearchRequest(
            "",
            new ArticleFilter(null, null, null, 2, null, null),
            SearchRequest.Order.DATE,
            5,
            30),
        new SearchRequest(
            "发展", ArticleFilter.all().withNames("陈光浩", null, null), Order.RELEVANCE, 0, 30),
        new SearchRequest("", ArticleFilter.all().withNames(null, "乐山市", "市委"), Order.DATE, 0, 30),
        new SearchRequest(
            "", ArticleFilter.all().withNames("张清", "峨边彝族自治县", null), Order.DATE, 0, 30));
  }

  private static SearchRequest request(String query) {
    return new SearchRequest(query, null, SearchRequest.Order.RELEVANCE, 0, 30);
  }

  @ParameterizedTest
  @MethodSource("requests")
  void givesTheSameAnswer(SearchRequest request) {
    SearchResult expected = embedded.search(request);
    SearchResult actual = onCluster.search(request);

    assertThat(actual.totalHits()).as("total").isEqualTo(expected.totalHits());
    assertThat(ids(actual)).as("articles in order").isEqualTo(ids(expected));
    assertThat(actual.hits().stream().map(SearchHit::logicalId).toList())
        .as("logical articles")
        .isEqualTo(expected.hits().stream().map(SearchHit::logicalId).toList());
    for (int i = 0; i < expected.hits().size(); i++) {
      assertThat(actual.hits().get(i).score())
          .as("score of " + expected.hits().get(i).id())
          .isCloseTo(
              expected.hits().get(i).score(),
              org.assertj.core.data.Percentage.withPercentage(0.01));
    }
    assertThat(actual.facets()).as("facets").isEqualTo(expected.facets());
  }

  @ParameterizedTest
  @MethodSource("requests")
  void marksTheSameHeadlines(SearchRequest request) {
    SearchResult expected = embedded.search(request);
    SearchResult actual = onCluster.search(request);

    for (int i = 0; i < expected.hits().size(); i++) {
      SearchHit hit = actual.hits().get(i);
      assertThat(hit.headline()).isEqualTo(expected.hits().get(i).headline());
      assertThat(marked(hit.headlineSnippet()))
          .as("marked in " + hit.id())
          .isEqualTo(marked(expected.hits().get(i).headlineSnippet()));
    }
  }

  /** The marked passages of a snippet. */
  private static List<String> marked(String snippet) {
    List<String> out = new ArrayList<>();
    if (snippet == null) {
      return out;
    }
    var matcher = java.util.regex.Pattern.compile("<mark>(.*?)</mark>").matcher(snippet);
    while (matcher.find()) {
      out.add(matcher.group(1));
    }
    return out;
  }

  @org.junit.jupiter.api.Test
  void exportsTheSameArticlesAndStatistics() {
    ArticleFilter filter = new ArticleFilter("嘉州晚报", null, null, null, null, null);
    assertThat(export(onCluster, filter)).isEqualTo(export(embedded, filter));
    assertThat(export(onCluster, ArticleFilter.all()))
        .isEqualTo(export(embedded, ArticleFilter.all()));
    var a = onCluster.stats();
    var e = embedded.stats();
    assertThat(List.of(a.papers(), a.issues(), a.pages(), a.articles()))
        .isEqualTo(List.of(e.papers(), e.issues(), e.pages(), e.articles()));
    assertThat(onCluster.issues("乐山日报", null, null)).isEqualTo(embedded.issues("乐山日报", null, null));
  }

  private static List<ArchivedArticle> export(Archive archive, ArticleFilter filter) {
    try (Stream<ArchivedArticle> articles = archive.export(filter)) {
      return articles.toList();
    }
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(h -> h.id().toString()).toList();
  }
}
