package baoku.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baoku.archive.ArticleFilter;
import baoku.archive.InvalidQueryException;
import baoku.archive.SearchHit;
import baoku.archive.SearchRequest;
import baoku.archive.SearchResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryFormsTest {
  @TempDir static Path dir;
  private static LuceneArchive archive;

  @BeforeAll
  static void open() {
    archive = SampleArchive.open(dir);
  }

  @AfterAll
  static void close() {
    archive.close();
  }

  private static Set<String> ids(String query) {
    return ids(query, ArticleFilter.all());
  }

  private static Set<String> ids(String query, ArticleFilter filter) {
    SearchResult result =
        archive.search(new SearchRequest(query, filter, SearchRequest.Order.RELEVANCE, 0, 100));
    assertThat(result.hits()).hasSize((int) result.totalHits());
    return result.hits().stream().map(h -> h.id().toString()).collect(Collectors.toSet());
  }

  private static Set<String> containing(String text) {
    return SampleTexts.idsWhere(t -> t.contains(text));
  }

  @Test
  void severalWordsMustAllOccur() {
    assertThat(ids("陈光浩 信访"))
        .isNotEmpty()
        .isEqualTo(SampleTexts.idsWhere(t -> t.contains("陈光浩") && t.contains("信访")));
    assertThat(ids("陈光浩 AND 信访")).isEqualTo(ids("陈光浩 信访"));
  }

  @Test
  void orTakesEither() {
    Set<String> either = containing("颗粒硅");
    either.addAll(containing("峨边彝族自治县"));
    assertThat(ids("颗粒硅 OR 峨边彝族自治县")).hasSize(2).isEqualTo(either);
  }

  @Test
  void notExcludes() {
    assertThat(ids("陈光浩 NOT 信访"))
        .isNotEmpty()
        .isEqualTo(SampleTexts.idsWhere(t -> t.contains("陈光浩") && !t.contains("信访")));
    assertThat(ids("陈光浩 -信访")).isEqualTo(ids("陈光浩 NOT 信访"));
  }

  @Test
  void parenthesesGroup() {
    assertThat(ids("(颗粒硅 OR 峨边) AND 乐山"))
        .isEqualTo(
            SampleTexts.idsWhere(t -> (t.contains("颗粒硅") || t.contains("峨边")) && t.contains("乐山")));
  }

  @Test
  void aQuotedPhraseMatchesItsWordsInARow() {
    assertThat(ids("\"陈光浩 讲话\"")).isEqualTo(containing("陈光浩讲话")).hasSize(1);
    assertThat(ids("\"颗粒硅基地\"")).isEqualTo(containing("颗粒硅基地"));
  }

  @Test
  void titlePrefixSearchesHeadlinesOnly() {
    assertThat(ids("title:马波")).hasSize(1);
    assertThat(ids("马波")).hasSize(3);
    assertThat(ids("title:颗粒硅")).hasSize(1);
  }

  @Test
  void authorPrefixMatchesBylines() {
    assertThat(ids("author:张清")).hasSize(3);
    assertThat(ids("author:張清")).as("traditional form").hasSize(3);
    assertThat(ids("颗粒硅 author:张清")).hasSize(1);
    assertThat(ids("author:本报评论员")).hasSize(1);
  }

  @Test
  void traditionalAndFullWidthQueriesFindSimplifiedText() {
    assertThat(ids("陳光浩")).isEqualTo(ids("陈光浩")).hasSize(4);
    assertThat(ids("１０万吨")).isEqualTo(containing("10万吨")).isNotEmpty();
  }

  @Test
  void filtersNarrowByPaperDatePageAuthorAndGenre() {
    assertThat(
            ids("陈光浩", new ArticleFilter("乐山日报", null, LocalDate.of(2022, 12, 31), 1, null, null)))
        .hasSize(2);
    assertThat(ids("", new ArticleFilter("人民日报", null, null, null, null, null))).isEmpty();
    assertThat(ids("", new ArticleFilter(null, null, null, 2, null, null))).isEmpty();
    assertThat(ids("", new ArticleFilter(null, null, null, null, null, "commentary"))).hasSize(1);
    assertThat(ids("", new ArticleFilter(null, null, null, null, "倪琨", null))).hasSize(2);
  }

  @Test
  void sortsByDateNewestFirstAndPages() {
    SearchResult byDate =
        archive.search(
            new SearchRequest("乐山", ArticleFilter.all(), SearchRequest.Order.DATE, 0, 100));
    assertThat(byDate.hits())
        .extracting(SearchHit::date)
        .isSortedAccordingTo((a, b) -> b.compareTo(a));
    SearchResult second =
        archive.search(
            new SearchRequest("乐山", ArticleFilter.all(), SearchRequest.Order.DATE, 1, 1));
    assertThat(second.hits()).singleElement().isEqualTo(byDate.hits().get(1));
    assertThat(second.totalHits()).isEqualTo(byDate.totalHits());
  }

  @Test
  void snippetsEscapeTheTextAndMarkOnlyMatches() {
    SearchHit hit = archive.search(SearchRequest.of("峨边彝族自治县")).hits().get(0);
    assertThat(hit.snippets())
        .allSatisfy(
            s -> assertThat(s.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<"));
    assertThat(String.join("", hit.snippets())).contains("<mark>峨边彝族自治县</mark>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"颗粒*", "title:(", "unknown:词", "\"未闭合", "颗粒~", "[a TO b]"})
  void unreadableQueriesAreExplained(String query) {
    assertThatThrownBy(() -> archive.search(SearchRequest.of(query)))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining(query);
  }
}
