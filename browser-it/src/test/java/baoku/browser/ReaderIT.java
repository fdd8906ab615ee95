package baoku.browser;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.scans.PageScans;
import baoku.web.ReaderServer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A reader's visit, in headless Chromium over the sample pages as {@code baoku demo} serves them:
 * calendar, issue, page, article, back, search, highlighted hit, narrowing by year. Every step
 * leaves a screenshot in {@code target/screenshots}.
 */
class ReaderIT {
  @TempDir static Path archiveDir;
  static ServedArchive reader;
  static ReaderServer server;
  static Browser browser;

  @BeforeAll
  static void start() {
    reader =
        ServedArchive.start(
            archiveDir,
            PageScans.none(),
            UnaryOperator.identity(),
            List.of(Path.of(System.getProperty("baoku.samples", "../samples"))));
    assertThat(reader.report.rejected()).isEmpty();
    assertThat(reader.report.pages()).isEqualTo(2);
    server = reader.server;
    browser = reader.browser;
  }

  @AfterAll
  static void stop() {
    if (reader != null) {
      reader.close();
    }
  }

  @Test
  void aReaderFindsAnArticleByCalendarAndBySearch() {
    browser.open(server.url());
    assertThat(browser.title()).contains("乐山日报");
    assertThat(browser.find(".latest").getText()).contains("最新一期", "2024年9月16日");
    browser.screenshot("01-home");

    // 往期回顾: the year, then the month.
    browser.click(By.cssSelector(".years a[data-year='2022']"));
    browser.click(By.cssSelector(".months a[data-month='2022-07']"));
    assertThat(browser.find("table.month caption").getText()).contains("2022年7月");
    browser.screenshot("02-calendar-2022-07");

    browser.click(By.cssSelector("table.month a[data-date='2022-07-23']"));
    assertThat(browser.find(".masthead").getText()).contains("乐山日报", "2022年7月23日");
    assertThat(browser.find(".pages").getText()).contains("版面导航", "第1版");
    assertThat(browser.find(".titles").getText()).contains("协鑫科技");
    browser.screenshot("03-issue");

    browser.click(By.cssSelector(".pages a[href$='/2022-07-23/1']"));
    assertThat(browser.find(".page-articles h1").getText()).contains("第1版");
    String pageUrl = browser.url();
    browser.screenshot("04-page");

    browser.click(By.partialLinkText("协鑫"));
    String title = browser.find("h1.title").getText();
    assertThat(title).isEqualTo("协鑫科技乐山10万吨颗粒硅基地正式投产");
    assertThat(browser.url()).endsWith("/2022-07-23/1/4");
    assertThat(browser.find(".body").getText()).contains("颗粒硅");
    browser.screenshot("05-article");

    browser.back();
    assertThat(browser.url()).isEqualTo(pageUrl);
    assertThat(browser.find(".page-articles h1").getText()).contains("第1版");
    browser.screenshot("06-back-to-page");

    WebElement box = browser.find("input[name='q']");
    box.sendKeys("颗粒硅");
    box.submit();
    assertThat(browser.find(".count").getText()).contains("颗粒硅", "篇文章");
    List<WebElement> marks = browser.findAll(".hit mark");
    assertThat(marks).isNotEmpty();
    assertThat(marks.stream().map(WebElement::getText).toList())
        .anySatisfy(mark -> assertThat("颗粒硅").contains(mark));
    assertThat(browser.find(".hit h2").getText()).contains("协鑫科技");
    browser.screenshot("07-search");

    long before = browser.total();
    browser.click(By.cssSelector("section[data-facet='year'] a[data-value='2022']"));
    assertThat(browser.find(".filters").getText()).contains("年份：2022年");
    assertThat(browser.total()).isPositive().isLessThanOrEqualTo(before);
    browser.findAll(".hit .meta").forEach(meta -> assertThat(meta.getText()).contains("2022年"));
    browser.screenshot("08-search-2022");

    // The filter comes off again.
    browser.click(By.cssSelector(".filters a[data-filter='year']"));
    assertThat(browser.findAll(".filters")).isEmpty();
    assertThat(browser.total()).isEqualTo(before);
  }

  @Test
  void theReaderFitsAPhone() {
    browser.resize(390, 844);
    try {
      browser.open(server.url() + "search?q=%E4%B9%90%E5%B1%B1");
      long overflow =
          browser.script(
              "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertThat(overflow).as("no sideways scrolling").isLessThanOrEqualTo(0);
      browser.screenshot("09-phone-search");
    } finally {
      browser.resize(1200, 900);
    }
  }

  /**
   * The screenshots in docs/, taken only when {@code BAOKU_DOCS_SCREENSHOTS} names the folder for
   * them: {@code BAOKU_DOCS_SCREENSHOTS=$PWD/docs/reader mvn verify -pl browser-it -am}.
   */
  @Test
  void screenshotsForTheDocs() {
    String target = System.getenv("BAOKU_DOCS_SCREENSHOTS");
    Assumptions.assumeTrue(target != null, "BAOKU_DOCS_SCREENSHOTS not set");
    Browser docs = Browser.open(Path.of(target));
    try {
      docs.resize(1100, 820);
      String paper = "/%E4%B9%90%E5%B1%B1%E6%97%A5%E6%8A%A5";
      docs.open(server.url());
      docs.screenshot("home");
      docs.open(server.url() + paper.substring(1) + "/2024-09-16");
      docs.screenshot("issue");
      docs.open(server.url() + paper.substring(1) + "/2022-07-23/1/4");
      docs.screenshot("article");
      docs.open(server.url() + "search?q=%E9%A2%97%E7%B2%92%E7%A1%85+OR+%E4%B9%90%E5%B1%B1");
      docs.screenshot("search");
      docs.resize(390, 844);
      docs.open(server.url() + paper.substring(1) + "/2022-07-23/1/4");
      docs.screenshot("article-phone");
    } finally {
      docs.close();
    }
  }
}
