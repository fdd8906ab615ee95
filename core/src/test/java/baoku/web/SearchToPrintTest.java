package baoku.web;

import static baoku.web.TestServer.enc;
import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.ArticleId;
import baoku.archive.SearchHit;
import baoku.archive.SearchRequest;
import baoku.web.view.Links;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From a hit to the article with the words marked and back; the advanced-search form. */
class SearchToPrintTest {
  @TempDir static Path dir;
  static TestServer server;

  /** A word of the first sample article's headline, searched for. */
  static String word;

  static ArticleId hit;

  @BeforeAll
  static void start() {
    server = TestServer.withSamples(dir);
    String title = server.archive.search(SearchRequest.of("")).hits().getFirst().headline().strip();
    word = title.substring(0, 2);
    SearchHit first = server.archive.search(SearchRequest.of(word)).hits().getFirst();
    hit = first.id();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String body(String path) {
    HttpResponse<String> response = server.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

  @Test
  void aHitOpensTheArticleWithTheWordsMarkedAndAWayBack() {
    String results = body("/search?q=" + enc(word) + "&sort=date");
    String href = Links.article(hit) + "?q=" + enc(word).replace("%20", "+") + "&amp;sort=date";
    assertThat(results).contains("href=\"" + href + "\"");

    String article = body(href.replace("&amp;", "&"));
    assertThat(article).contains("<mark class=\"term\">" + word + "</mark>");
    assertThat(article)
        .contains(
            "<p class=\"back-to-results\"><a href=\"/search?q="
                + enc(word).replace("%20", "+")
                + "&amp;sort=date\">");
    // The citation's address stays the permalink.
    assertThat(article)
        .contains(
            "rel=\"canonical\" href=\"http://127.0.0.1:"
                + server.server.port()
                + Links.article(hit)
                + "\"");
  }

  @Test
  void withoutASearchNothingIsMarked() {
    String article = body(Links.article(hit));
    assertThat(article).doesNotContain("<mark", "back-to-results");
    // Parameters no search would take leave the article as it is.
    assertThat(body(Links.article(hit) + "?limit=999")).doesNotContain("back-to-results");
  }

  @Test
  void aPageOpenedFromASearchMarksTheArticlesHoldingTheWords() {
    String page = body(Links.page(hit.page()) + "?q=" + enc(word));
    assertThat(page).contains("<li class=\"article-card hit\" data-id=\"" + hit + "\">");
    assertThat(page).contains("<mark class=\"term\">" + word + "</mark>");
  }

  @Test
  void theAdvancedFormOffersTheIndexedFields() {
    String form = body("/search/advanced");
    for (String field :
        new String[] {
          "all", "phrase", "exclude", "title", "paper", "author", "page", "genre", "from", "to"
        }) {
      assertThat(form).contains("name=\"" + field + "\"");
    }
    assertThat(form)
        .contains("<option value=\"" + TestServer.PAPER + "\">", "<option value=\"消息\">");
    assertThat(form).contains("<a href=\"/search/advanced\">高级搜索</a>");
  }

  @Test
  void theAdvancedFormLeadsToTheSameSearchWrittenOut() {
    HttpResponse<String> sent =
        server.get(
            "/search/advanced?all="
                + enc(word)
                + "&exclude="
                + enc("不存在的词语")
                + "&from=2000-01-01&paper="
                + enc(TestServer.PAPER));
    assertThat(sent.statusCode()).isEqualTo(303);
    String location = sent.headers().firstValue("Location").orElseThrow();
    assertThat(URLDecoder.decode(location, StandardCharsets.UTF_8))
        .isEqualTo(
            "/search?q=\""
                + word
                + "\" NOT \"不存在的词语\"&paper="
                + TestServer.PAPER
                + "&from=2000-01-01");
    String results = body(location);
    assertThat(total(results)).isEqualTo(total(body("/search?q=" + enc(word))));
    assertThat(results).contains("value=\"&quot;" + word + "&quot; NOT");
  }

  private static int total(String html) {
    Matcher m = Pattern.compile("<strong class=\"total\">(\\d+)</strong>").matcher(html);
    assertThat(m.find()).isTrue();
    return Integer.parseInt(m.group(1));
  }
}
