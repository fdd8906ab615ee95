package baoku.web;

import static baoku.web.TestServer.PAPER;
import static baoku.web.TestServer.enc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every API endpoint, in process over the sample archive: answers, status codes, error bodies. */
class ApiTest {
  @TempDir static Path dir;
  static TestServer server;
  static final ObjectMapper JSON = new ObjectMapper();
  static final String P = enc(PAPER);

  @BeforeAll
  static void start() {
    server = TestServer.withSamples(dir, "s3cret");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonNode json(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    return JSON.readTree(response.body());
  }

  static JsonNode get(String path, int status) throws Exception {
    return json(server.get(path), status);
  }

  @Test
  void papers() throws Exception {
    JsonNode papers = get("/api/v1/papers", 200).get("papers");
    assertThat(papers).hasSize(1);
    assertThat(papers.get(0).get("paper").asText()).isEqualTo(PAPER);
    assertThat(papers.get(0).get("issues").asInt()).isEqualTo(2);
    assertThat(papers.get(0).get("first_issue").asText()).isEqualTo("2022-07-23");
    assertThat(papers.get(0).get("last_issue").asText()).isEqualTo("2024-09-16");
  }

  @Test
  void issuesByPaperAndDateRange() throws Exception {
    JsonNode all = get("/api/v1/issues?paper=" + P, 200);
    assertThat(all.get("total").asInt()).isEqualTo(2);
    assertThat(all.get("truncated").asBoolean()).isFalse();
    assertThat(all.get("issues").get(0).get("id").asText()).isEqualTo(PAPER + "/2022-07-23");
    assertThat(all.get("issues").get(0).get("page_count").asInt()).isEqualTo(1);
    assertThat(all.get("issues").get(0).get("url").asText()).isEqualTo("/" + P + "/2022-07-23");

    JsonNode range = get("/api/v1/issues?paper=" + P + "&from=2024-01-01&to=2024-12-31", 200);
    assertThat(range.get("issues")).hasSize(1);
    assertThat(range.get("issues").get(0).get("date").asText()).isEqualTo("2024-09-16");
    assertThat(get("/api/v1/issues?paper=" + P + "&year=2022", 200).get("issues")).hasSize(1);
    assertThat(get("/api/v1/issues?paper=" + P + "&month=2022-08", 200).get("issues")).isEmpty();
    assertThat(get("/api/v1/issues?paper=" + enc("无此报"), 200).get("issues")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "/api/v1/issues, 参数 paper 必须给出",
    "/api/v1/issues?paper=x&from=2022-13-01, 参数 from 不是日期",
    "/api/v1/issues?paper=x&from=2024-01-01&to=2023-01-01, 止日 2023-01-01 早于起日 2024-01-01",
    "/api/v1/issues?paper=x&month=July, 参数 month 不是月份",
    "/api/v1/search?limit=101, 参数 limit 须在 1 到 100 之间",
    "/api/v1/search?limit=0, 参数 limit 须在 1 到 100 之间",
    "/api/v1/search?offset=-1, 参数 offset 须在 0 到 10000 之间",
    "/api/v1/search?offset=10001, 参数 offset 须在 0 到 10000 之间",
    "/api/v1/search?offset=ten, 参数 offset 不是数字",
    "/api/v1/search?sort=random, 参数 sort 只能是 relevance（相关度）或 date（日期）",
    "/api/v1/search?page=0, 参数 page 须在 1 到",
    "/api/v1/search?year=20x2, 参数 year 不是数字",
    "/api/v1/search?q=%28%E9%A2%97%E7%B2%92, 搜索式无法识别",
  })
  void badParametersAre400WithAMessage(String path, String message) throws Exception {
    JsonNode error = get(path, 400);
    assertError(error, 400, "Bad Request");
    assertThat(error.get("message").asText()).contains(message);
  }

  @Test
  void aQueryLongerThanTheLimitIs400() throws Exception {
    String longQuery = enc("颗".repeat(SearchQuery.MAX_QUERY_CHARS + 1));
    assertThat(get("/api/v1/search?q=" + longQuery, 400).get("message").asText())
        .contains("超过 200 个字");
    assertThat(get("/api/v1/search?q=" + enc("颗".repeat(200)), 200).get("total_hits").asInt())
        .isZero();
  }

  @Test
  void issueWithItsPages() throws Exception {
    JsonNode issue = get("/api/v1/issues/" + P + "/2024-09-16", 200);
    assertThat(issue.get("id").asText()).isEqualTo(PAPER + "/2024-09-16");
    assertThat(issue.get("issue").get("paper").asText()).isEqualTo(PAPER);
    JsonNode page = issue.get("pages").get(0);
    assertThat(page.get("number").asInt()).isEqualTo(1);
    assertThat(page.get("id").asText()).isEqualTo(PAPER + "/2024-09-16/1");
    assertThat(page.get("article_count").asInt()).isPositive();
    assertThat(page.get("lead_title").asText()).isNotBlank();
    JsonNode articles = page.get("articles");
    assertThat(articles).hasSize(6);
    JsonNode second = articles.get(1);
    assertThat(second.get("id").asText()).isEqualTo(PAPER + "/2024-09-16/1/2");
    assertThat(second.get("ordinal").asInt()).isEqualTo(2);
    assertThat(second.get("kicker").asText()).isEqualTo("赵波主持召开全市经济运行工作推进会议强调");
    assertThat(second.get("title").asText()).startsWith("冲刺三季度");
    assertThat(second.get("subtitle").asText()).isEqualTo("陈光浩讲话 陈扬杰出席");
    assertThat(second.get("url").asText()).isEqualTo("/" + P + "/2024-09-16/1/2");
    assertThat(articles.get(0).get("kicker").isNull()).isTrue();
  }

  @Test
  void pageWithItsArticles() throws Exception {
    JsonNode page = get("/api/v1/pages/" + P + "/2022-07-23/1", 200);
    assertThat(page.get("number").asInt()).isEqualTo(1);
    JsonNode articles = page.get("articles");
    assertThat(articles).hasSize(6);
    assertThat(articles.get(3).get("id").asText()).isEqualTo(PAPER + "/2022-07-23/1/4");
    assertThat(articles.get(3).get("ordinal").asInt()).isEqualTo(4);
    assertThat(articles.get(3).get("title").asText()).contains("协鑫");
    assertThat(articles.get(3).get("paragraphs")).isNotEmpty();
    assertThat(articles.get(3).get("url").asText()).isEqualTo("/" + P + "/2022-07-23/1/4");
    assertThat(page.has("source")).as("no file paths of the ingesting machine").isFalse();
  }

  @Test
  void articleWithItsNeighbours() throws Exception {
    JsonNode article = get("/api/v1/articles/" + P + "/2022-07-23/1/4", 200);
    assertThat(article.get("id").asText()).isEqualTo(PAPER + "/2022-07-23/1/4");
    assertThat(article.get("title").asText()).isEqualTo("协鑫科技乐山10万吨颗粒硅基地正式投产");
    assertThat(article.get("authors").get(0).asText()).isEqualTo("张清");
    assertThat(article.get("page").asText()).isEqualTo(PAPER + "/2022-07-23/1");
    assertThat(article.get("previous").asText()).isEqualTo(PAPER + "/2022-07-23/1/3");
    assertThat(article.get("next").asText()).isEqualTo(PAPER + "/2022-07-23/1/5");
    JsonNode jumped = get("/api/v1/articles/" + P + "/2022-07-23/1/5", 200);
    assertThat(jumped.get("continued_on").asInt()).isEqualTo(3);
    assertThat(jumped.get("continued_on_article").isNull()).as("page 3 is not held").isTrue();
    JsonNode first = get("/api/v1/articles/" + P + "/2022-07-23/1/1", 200);
    assertThat(first.get("previous").isNull()).isTrue();
  }

  @Test
  void searchWithSnippetsFacetsAndPaging() throws Exception {
    JsonNode result = get("/api/v1/search?q=" + enc("颗粒硅"), 200);
    assertThat(result.get("query").asText()).isEqualTo("颗粒硅");
    assertThat(result.get("total_hits").asInt()).isPositive();
    // A handful of hits: every facet counted, none estimated.
    assertThat(result.get("facets_estimated").asBoolean(true)).isFalse();
    JsonNode hit = result.get("hits").get(0);
    assertThat(hit.get("id").asText()).isEqualTo(PAPER + "/2022-07-23/1/4");
    assertThat(hit.get("url").asText()).isEqualTo("/" + P + "/2022-07-23/1/4");
    assertThat(hit.get("headline_snippet").asText()).contains("<mark>");
    assertThat(hit.get("snippets").get(0).asText()).contains("<mark>");
    List<String> facets = new ArrayList<>();
    result.get("facets").fieldNames().forEachRemaining(facets::add);
    assertThat(facets)
        .containsExactly(
            "paper", "year", "month", "page", "author", "genre", "person", "place", "org");
    assertThat(result.get("facets").get("year").get(0).get("value").asText()).isEqualTo("2022");

    long all = get("/api/v1/search?q=" + enc("乐山"), 200).get("total_hits").asLong();
    JsonNode of2024 = get("/api/v1/search?q=" + enc("乐山") + "&year=2024", 200);
    assertThat(of2024.get("total_hits").asLong()).isPositive().isLessThan(all);
    of2024.get("hits").forEach(h -> assertThat(h.get("date").asText()).startsWith("2024-"));
    assertThat(
            get("/api/v1/search?q=" + enc("乐山") + "&year=2024&month=2022-07", 200)
                .get("total_hits")
                .asLong())
        .as("year and month that exclude each other")
        .isZero();

    JsonNode byDate = get("/api/v1/search?sort=date&limit=2&offset=1", 200);
    assertThat(byDate.get("hits")).hasSize(2);
    assertThat(byDate.get("offset").asInt()).isEqualTo(1);
    assertThat(byDate.get("parameters").get("sort").asText()).isEqualTo("date");
    JsonNode byAuthor = get("/api/v1/search?author=" + enc("张清") + "&page=1&genre=news", 200);
    assertThat(byAuthor.get("total_hits").asInt()).isGreaterThanOrEqualTo(2);
    JsonNode none = get("/api/v1/search?q=" + enc("没有这样的词语组合") + "&paper=" + P, 200);
    assertThat(none.get("total_hits").asInt()).isZero();
    assertThat(none.get("hits")).isEmpty();
  }

  @Test
  void openApiDocumentIsServed() throws Exception {
    JsonNode doc = get("/api/v1/openapi.json", 200);
    assertThat(doc.get("openapi").asText()).startsWith("3.");
  }

  @ParameterizedTest
  @CsvSource({
    "/api/v1/issues/PAPER/2099-01-01, 没有这一期",
    "/api/v1/issues/PAPER/2022-07-32, 不是日期",
    "/api/v1/issues/%E6%97%A0%E6%AD%A4%E6%8A%A5/2022-07-23, 没有这一期",
    "/api/v1/pages/PAPER/2022-07-23/2, 没有这一版",
    "/api/v1/pages/PAPER/2022-07-23/0, 版次须为 1 或以上",
    "/api/v1/pages/PAPER/2022-07-23/one, 不是数字",
    "/api/v1/articles/PAPER/2022-07-23/1/99, 没有这篇文章",
    "/api/v1/articles/PAPER/2022-07-23/9/1, 没有这一版",
    "/api/v1/nothing-here, 没有这个接口",
    "/api/v1/issues/PAPER, 没有这个接口",
    "/api/v2/papers, 没有这个接口",
  })
  void unknownIdsAndPathsAre404(String path, String message) throws Exception {
    JsonNode error = get(path.replace("PAPER", P), 404);
    assertError(error, 404, "Not Found");
    assertThat(error.get("message").asText()).contains(message);
  }

  @ParameterizedTest
  @CsvSource({"POST", "PUT", "DELETE", "PATCH"})
  void noWriteMethodsAreOpen(String method) throws Exception {
    for (String path : List.of("/api/v1/papers", "/api/v1/search", "/api/v1/issues")) {
      assertError(json(server.send(method, path), 405), 405, "Method Not Allowed");
    }
  }

  @Test
  void adminPathsNeedTheOperatorsToken() throws Exception {
    assertError(json(server.send("POST", "/api/v1/admin/ingest"), 401), 401, "Unauthorized");
    assertError(
        json(server.send("POST", "/api/v1/admin/ingest", "Authorization", "Bearer guess"), 401),
        401,
        "Unauthorized");
    // The right token passes the guard; no write endpoint exists behind it yet.
    HttpResponse<String> passed =
        server.send("GET", "/api/v1/admin/ingest", "Authorization", "Bearer s3cret");
    assertThat(passed.statusCode()).isEqualTo(404);
  }

  static void assertError(JsonNode error, int status, String reason) {
    assertThat(error.get("status").asInt()).isEqualTo(status);
    assertThat(error.get("error").asText()).isEqualTo(reason);
    assertThat(error.get("message").asText()).isNotBlank();
    assertThat(error.toString()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
