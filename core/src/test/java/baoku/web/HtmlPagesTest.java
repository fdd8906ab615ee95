package baoku.web;

import static baoku.web.TestServer.PAPER;
import static baoku.web.TestServer.enc;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's pages over the sample archive, as a browser receives them. */
class HtmlPagesTest {
  @TempDir static Path dir;
  static TestServer server;
  static final String P = enc(PAPER);

  @BeforeAll
  static void start() {
    server = TestServer.withSamples(dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String page(String path, int status) {
    HttpResponse<String> response = server.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("default-src 'none'");
    assertThat(response.body())
        .startsWith("<!doctype html>")
        .contains("<form class=\"search\" action=\"/search\"");
    return response.body();
  }

  @Test
  void homeShowsTheLatestIssueAndItsMonth() {
    String home = page("/", 200);
    assertThat(home).contains("最新一期", "2024年9月16日", "往期回顾", "馆藏报纸");
    assertThat(home).contains("data-date=\"2024-09-16\"");
    assertThat(home).contains("第1版要闻", "href=\"/" + P + "/2024-09-16/1/1\"");
    assertThat(home).contains("href=\"/" + P + "?year=2022#calendar\"");
  }

  @Test
  void calendarOfAnotherYearAndMonth() {
    String year = page("/" + P + "?year=2022", 200);
    assertThat(year).contains("data-month=\"2022-07\"").contains("<caption>乐山日报 2022年7月");
    String month = page("/" + P + "?month=2022-07", 200);
    assertThat(month).contains("href=\"/" + P + "/2022-07-23\"");
    assertThat(page("/" + P + "?year=2023", 200)).contains("2023年没有报纸");
    assertThat(page("/" + P + "?month=2022-7", 400)).contains("不是月份");
  }

  @Test
  void headAnswersWithTheTypeAndLengthOfTheGet() {
    for (String path :
        List.of("/", "/" + P + "/2024-09-16/1/1", "/api/v1/papers", "/static/reader.css")) {
      HttpResponse<String> get = server.get(path);
      HttpResponse<String> head = server.send("HEAD", path);
      assertThat(head.statusCode()).as(path).isEqualTo(200);
      assertThat(head.headers().firstValue("Content-Type"))
          .as(path)
          .isEqualTo(get.headers().firstValue("Content-Type"));
      assertThat(head.headers().firstValue("Content-Length"))
          .as(path)
          .hasValue(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length));
      assertThat(head.body()).isEmpty();
    }
    assertThat(server.send("HEAD", "/" + P + "/2099-01-01").statusCode()).isEqualTo(404);
  }

  @Test
  void anIssueHoldingFewerPagesThanPrintedSaysWhichAreMissing() {
    String issue = page("/" + P + "/2024-09-16", 200);
    // The masthead prints 今日4版; the archive holds the first page only.
    assertThat(issue).contains("今日4版，存1版，缺第2、3、4版");
  }

  @Test
  void interfaceWordsAndErrorsAreChinese() {
    assertThat(page("/" + P + "/2099-01-01", 404)).contains("档案中没有这一期");
    assertThat(page("/search?q=" + enc("字".repeat(201)), 400)).contains("参数 q 超过 200 个字");
    assertThat(page("/search?q=" + enc("title:(投产"), 400)).contains("搜索式无法识别");
    assertThat(page("/search", 200)).contains("genre:消息").doesNotContain("genre:news");
  }

  @Test
  void aGenreFoundByTheNameItsFacetShows() {
    String byName = page("/search?q=" + enc("genre:消息"), 200);
    String byCode = page("/search?q=" + enc("genre:news"), 200);
    assertThat(total(byName)).isPositive().isEqualTo(total(byCode));
    assertThat(total(page("/search?q=" + enc("乐山") + "&genre=" + enc("消息"), 200)))
        .isEqualTo(total(page("/search?q=" + enc("乐山") + "&genre=news", 200)));
  }

  private static int total(String html) {
    String open = "<strong class=\"total\">";
    int at = html.indexOf(open);
    assertThat(at).isPositive();
    return Integer.parseInt(html.substring(at + open.length(), html.indexOf("</strong>", at)));
  }

  @Test
  void issueListsPagesAndTheirArticles() {
    String issue = page("/" + P + "/2024-09-16", 200);
    assertThat(issue).contains("版面导航", "标题导航", "2024年9月16日", "星期一");
    assertThat(issue).contains("href=\"/" + P + "/2024-09-16/1\"");
    assertThat(issue).contains("href=\"/" + P + "/2024-09-16/1/1\"");
    assertThat(issue).contains("上一期 2022年7月23日").doesNotContain("下一期");
  }

  @Test
  void pageListsArticlesInReadingOrder() {
    String page = page("/" + P + "/2022-07-23/1", 200);
    assertThat(page).contains("第1版", "6 篇");
    int first = page.indexOf("市委常委会召开会议");
    int fourth = page.indexOf("协鑫科技乐山10万吨颗粒硅基地正式投产");
    assertThat(first).isPositive().isLessThan(fourth);
    assertThat(page).contains("href=\"/" + P + "/2022-07-23/1/4\"");
  }

  @Test
  void articleAsPrinted() {
    String article = page("/" + P + "/2022-07-23/1/4", 200);
    assertThat(article)
        .contains("<h1 class=\"title\">协鑫科技乐山10万吨颗粒硅基地正式投产</h1>")
        .contains("<span class=\"byline\">张清</span>")
        .contains("<span class=\"dateline\">本报讯</span>")
        .contains("rel=\"prev\" href=\"/" + P + "/2022-07-23/1/3\"")
        .contains("rel=\"next\" href=\"/" + P + "/2022-07-23/1/5\"")
        .contains("永久链接 <a href=\"/" + P + "/2022-07-23/1/4\"");
    String jumped = page("/" + P + "/2022-07-23/1/5", 200);
    assertThat(jumped).contains("<p class=\"subtitle\">同比增长105.2%</p>");
    assertThat(jumped).contains("<p class=\"jump\">下转第3版</p>");
    String withKicker = page("/" + P + "/2022-07-23/1/6", 200);
    assertThat(withKicker).contains("<p class=\"kicker\">马波主持召开市委财经委员会第十三次会议强调</p>");
    String withPhoto = page("/" + P + "/2022-07-23/1/3", 200);
    assertThat(withPhoto).contains("<figcaption>航达储能科技公司成产车间");
  }

  @Test
  void searchHighlightsAndFilters() {
    String result = page("/search?q=" + enc("颗粒硅"), 200);
    assertThat(result).contains("<strong class=\"total\">", "<mark>", "data-facet=\"year\"");
    assertThat(result).contains("value=\"颗粒硅\"");
    String narrowed = page("/search?q=" + enc("乐山") + "&year=2024", 200);
    assertThat(narrowed).contains("年份：2024年").contains("data-filter=\"year\"");
    assertThat(narrowed).doesNotContain("2022年7月23日 · 第1版");
    String combined = page("/search?q=" + enc("乐山") + "&year=2022&author=" + enc("张清"), 200);
    assertThat(combined).contains("年份：2022年", "作者：张清");
    assertThat(combined)
        .contains("href=\"/search?q=" + enc("乐山") + "&amp;author=" + enc("张清") + "\"");
    String byDate = page("/search?q=" + enc("乐山") + "&sort=date", 200);
    assertThat(byDate).contains("<strong>日期</strong>");
  }

  @Test
  void searchPagination() {
    String first = page("/search?sort=date&year=2022&limit=2", 200);
    assertThat(first).contains("class=\"pagination\"", "下一页");
    String second = page("/search?sort=date&year=2022&limit=2&offset=2", 200);
    assertThat(second).contains("上一页");
    assertThat(page("/search?sort=date&offset=9000", 200)).contains("回到第一页");
  }

  @Test
  void emptyQueryAndNoHitsGetHelp() {
    assertThat(page("/search", 200)).contains("搜索报纸文章", "title:");
    assertThat(page("/search?q=+", 200)).contains("搜索报纸文章");
    String none = page("/search?q=" + enc("子虚乌有的词") + "&year=2022", 200);
    assertThat(none).contains("没有找到符合条件的文章", "去掉所有筛选条件");
  }

  @Test
  void badRequestsGetAPageNotATrace() {
    assertThat(page("/search?q=" + enc("字".repeat(201)), 400)).contains("请求有误", "超过 200 个字");
    assertThat(page("/search?q=" + enc("(颗粒"), 400))
        .contains("这个搜索式无法识别", "搜索式无法识别：", "value=\"(颗粒\"");
    assertThat(page("/" + enc("人民日报"), 404)).contains("找不到这一页", "没有报纸人民日报");
    assertThat(page("/" + P + "/2099-01-01", 404)).contains("没有这一期");
    assertThat(page("/" + P + "/yesterday", 404)).contains("不是日期");
    assertThat(page("/" + P + "/2022-07-23/3", 404)).contains("没有这一版");
    assertThat(page("/" + P + "/2022-07-23/1/7", 404)).contains("没有这篇文章");
    assertThat(page("/a/b/c/d/e", 404)).contains("找不到这一页");
  }

  @Test
  void stylesheetIsServedFromResources() {
    HttpResponse<String> css = server.get("/static/reader.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
    assertThat(css.body()).contains("--sans", "WenQuanYi Zen Hei");
    assertThat(server.get("/favicon.ico").statusCode()).isEqualTo(204);
  }
}
