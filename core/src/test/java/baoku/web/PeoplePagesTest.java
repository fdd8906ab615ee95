package baoku.web;

import static baoku.web.TestServer.enc;
import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.IssueId;
import baoku.archive.analysis.ChineseAnalyzers;
import baoku.archive.lucene.LuceneArchive;
import baoku.enrich.Enricher;
import baoku.enrich.HanLpTagger;
import baoku.page.Page;
import baoku.testing.PageReadCounter;
import baoku.testing.SamplePages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Person pages, person links in articles, name facets and the people API over enriched samples. */
class PeoplePagesTest {
  @TempDir static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() {
    LuceneArchive archive = LuceneArchive.openForWriting(dir, new ChineseAnalyzers());
    Enricher enricher = new Enricher(new HanLpTagger());
    for (Page page : new SamplePages().both()) {
      archive.put(
          new IssueId(page.issue().paper(), page.issue().date()), List.of(enricher.enrich(page)));
    }
    archive.commit();
    server = TestServer.over(archive);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String body(String path) {
    HttpResponse<String> response = server.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

  @Test
  void aPersonPageShowsTitlesWithDatesAndArticles() {
    String page = body("/people/" + enc("陈光浩"));
    assertThat(page)
        .contains("<h1 class=\"person-name\">陈光浩</h1>")
        .contains(
            "<span class=\"title\">市委副书记</span> <span class=\"dates\">2022-07-23 – 2024-09-16")
        .contains("<span class=\"title\">市长</span>")
        .contains("<time datetime=\"2024-09-16\">")
        .contains("data-date=\"2022-07-23\"")
        .contains("data-date=\"2024-09-16\"");
    assertThat(server.get("/people/" + enc("无此人")).statusCode()).isEqualTo(404);
  }

  @Test
  void personPagesAndTheirApiReadNoPage() {
    PageReadCounter counter =
        new PageReadCounter(LuceneArchive.openForReading(dir, new ChineseAnalyzers()));
    try (TestServer counted = TestServer.over(counter)) {
      assertThat(counted.get("/people/" + enc("无此人")).statusCode()).isEqualTo(404);
      assertThat(counted.get("/api/v1/people/" + enc("无此人")).statusCode()).isEqualTo(404);
      assertThat(counted.get("/people/" + enc("陈光浩")).statusCode()).isEqualTo(200);
      assertThat(counted.get("/api/v1/people/" + enc("陈光浩")).statusCode()).isEqualTo(200);
      assertThat(counted.get("/people").statusCode()).isEqualTo(200);
    }
    assertThat(counter.reads()).isZero();
  }

  @Test
  void aPersonPageCountsTheArticlesItLists() {
    assertThat(body("/people/" + enc("陈光浩")))
        .containsPattern("<h2>文章 <span class=\"count\">\\d+ 篇</span></h2>");
  }

  @Test
  void thePeopleListLinksToEachPerson() {
    assertThat(body("/people"))
        .contains("href=\"/people/" + enc("陈光浩") + "\"")
        .containsPattern("见报文章最多的 \\d+ 人");
  }

  @Test
  void thePeopleListFiltersByRoleAndSorts() {
    String reporters = body("/people?role=reporter");
    assertThat(reporters).contains("<strong aria-current=\"true\" data-role=\"reporter\">记者");
    List<String> roles = cells(reporters, 2);
    assertThat(roles).isNotEmpty().allMatch("记者"::equals);

    List<String> byName = cells(body("/people?sort=name"), 1);
    java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.CHINA);
    assertThat(byName).isSortedAccordingTo(collator::compare);
    List<Integer> byArticles = cells(body("/people"), 3).stream().map(Integer::valueOf).toList();
    assertThat(byArticles).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(server.get("/people?sort=age").statusCode()).isEqualTo(400);
    assertThat(body("/people?role=" + enc("无此身份"))).contains("<tbody></tbody>");
  }

  /** The text of column {@code n} (from 1) of every row of the people list. */
  private static List<String> cells(String html, int n) {
    List<String> out = new java.util.ArrayList<>();
    java.util.regex.Matcher rows =
        java.util.regex.Pattern.compile("<tr><td>(.*?)</tr>").matcher(html);
    while (rows.find()) {
      String[] tds = rows.group(1).split("</td><td>");
      out.add(tds[n - 1].replaceAll("<[^>]+>", "").strip());
    }
    return out;
  }

  @Test
  void rolesAreNamedInChinese() {
    String list = body("/people");
    assertThat(list).contains("<td>官员</td>", "<td>记者</td>");
    assertThat(list).doesNotContain(">official<", ">reporter<", ">other<");
  }

  @Test
  void aReporterNamedOnlyInABylineHasTheirArticlesListed() {
    // Every author of a sample article the enricher names as a reporter lists it.
    for (Page page : new SamplePages().both()) {
      for (int i = 0; i < page.articles().size(); i++) {
        for (String author : page.articles().get(i).authors()) {
          HttpResponse<String> person = server.get("/people/" + enc(author));
          if (person.statusCode() == 200 && person.body().contains("记者")) {
            String article =
                baoku.web.view.Links.article(
                    new IssueId(page.issue().paper(), page.issue().date())
                        .page(page.number())
                        .article(i + 1));
            assertThat(person.body()).as(author).contains("href=\"" + article + "\"");
          }
        }
      }
    }
    assertThat(body("/people/" + enc("严俊铭"))).doesNotContain("0 篇");
  }

  @Test
  void personMentionsInAnArticleLinkToTheirPage() {
    String article = body("/" + enc(SamplePages.PAPER) + "/2024-09-16/1/4");
    assertThat(article).contains("<a class=\"person\" href=\"/people/" + enc("陈光浩") + "\">陈光浩</a>");
  }

  @Test
  void searchShowsAndFiltersByNames() throws Exception {
    assertThat(body("/search?person=" + enc("陈光浩"))).contains("人物");
    JsonNode api =
        new ObjectMapper().readTree(body("/api/v1/search?person=" + enc("陈光浩") + "&limit=100"));
    assertThat(api.get("total_hits").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(api.get("facets").get("person").toString()).contains("陈光浩");
  }

  @Test
  void theApiListsPeopleAndOnePerson() throws Exception {
    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(body("/api/v1/people")).get("people").toString()).contains("陈光浩");
    JsonNode chen = json.readTree(body("/api/v1/people/" + enc("陈光浩")));
    assertThat(chen.get("titles").toString()).contains("市委副书记", "2022-07-23", "2024-09-16");
    assertThat(chen.get("articles").size()).isGreaterThanOrEqualTo(2);
  }
}
