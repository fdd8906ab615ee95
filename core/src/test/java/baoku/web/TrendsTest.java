package baoku.web;

import static baoku.web.TestServer.enc;
import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.ArticleFilter;
import baoku.archive.IssueSummary;
import baoku.archive.SearchRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word frequency over time, per paper: the API's counts and the chart. */
class TrendsTest {
  @TempDir static Path dir;
  static TestServer server;
  static final String WORD = "乐山";

  @BeforeAll
  static void start() {
    server = TestServer.withSamples(dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonNode api(String path, int status) throws Exception {
    HttpResponse<String> response = server.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(status);
    return new ObjectMapper().readTree(response.body());
  }

  /** What a search of one year finds, counted the long way. */
  static long searched(int year) {
    return server
        .archive
        .search(
            new SearchRequest(
                WORD,
                new ArticleFilter(
                    TestServer.PAPER,
                    LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31),
                    null,
                    null,
                    null),
                SearchRequest.Order.RELEVANCE,
                0,
                1))
        .totalHits();
  }

  @Test
  void everyYearOfTheRunIsCountedAsASearchWouldCountIt() throws Exception {
    JsonNode trend = api("/api/v1/trends?q=" + enc(WORD), 200);
    assertThat(trend.get("q").asText()).isEqualTo(WORD);
    JsonNode series = trend.get("series").get(0);
    assertThat(series.get("paper").asText()).isEqualTo(TestServer.PAPER);
    List<IssueSummary> issues = server.archive.issues(TestServer.PAPER, null, null);
    int first = issues.getFirst().id().date().getYear();
    int last = issues.getLast().id().date().getYear();
    JsonNode points = series.get("points");
    assertThat(points).hasSize(last - first + 1);
    long total = 0;
    for (JsonNode point : points) {
      int year = point.get("period").asInt();
      long held =
          issues.stream()
              .filter(i -> i.id().date().getYear() == year)
              .mapToLong(IssueSummary::articleCount)
              .sum();
      assertThat(point.get("matching").asLong()).as("%d", year).isEqualTo(searched(year));
      assertThat(point.get("articles").asLong()).isEqualTo(held);
      double perThousand = held == 0 ? 0 : 1000.0 * searched(year) / held;
      assertThat(point.get("per_thousand").asDouble())
          .isCloseTo(perThousand, org.assertj.core.data.Offset.offset(1e-9));
      total += point.get("matching").asLong();
    }
    assertThat(total).isPositive();
  }

  @Test
  void oneYearIsCountedByMonth() throws Exception {
    int year = server.archive.issues(TestServer.PAPER, null, null).getFirst().id().date().getYear();
    JsonNode points =
        api("/api/v1/trends?q=" + enc(WORD) + "&year=" + year, 200)
            .get("series")
            .get(0)
            .get("points");
    assertThat(points).hasSize(12);
    assertThat(points.get(0).get("period").asText()).isEqualTo(year + "-01");
    long months = 0;
    for (JsonNode point : points) {
      months += point.get("matching").asLong();
    }
    assertThat(months).isEqualTo(searched(year));
  }

  @Test
  void badRequestsAreRefused() throws Exception {
    assertThat(api("/api/v1/trends", 400).get("message").asText()).contains("参数 q 必须给出");
    api("/api/v1/trends?q=" + enc(WORD) + "&paper=" + enc("无此报"), 404);
    api("/api/v1/trends?q=" + enc("(乐山"), 400);
  }

  @Test
  void thePageDrawsALinePerPaperAndTheNumbers() {
    HttpResponse<String> page = server.get("/trends?q=" + enc(WORD));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<svg viewBox=\"0 0 ", "<g class=\"series s0\"><polyline points=\"")
        .contains("<circle cx=\"")
        .contains("<summary>数据表</summary>")
        .contains("href=\"/api/v1/trends?q=" + enc(WORD) + "\"");
    HttpResponse<String> form = server.get("/trends");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("<form class=\"trend-form\" action=\"/trends\"");
  }
}
