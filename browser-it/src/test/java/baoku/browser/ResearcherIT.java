package baoku.browser;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.scans.PageScans;
import baoku.enrich.Enricher;
import baoku.enrich.HanLpTagger;
import baoku.web.ReaderServer;
import baoku.web.view.Links;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A researcher's visit over the enriched sample pages: what the archive holds, a paper's run and
 * gaps, reporters by role, their articles, and an article's citation. Screenshots in {@code
 * target/screenshots}.
 */
class ResearcherIT {
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
            new Enricher(new HanLpTagger())::enrich,
            List.of(Path.of(System.getProperty("baoku.samples", "../samples"))));
    assertThat(reader.report.rejected()).isEmpty();
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
  void theHomePageLeadsToAPaperItsRunAndWhatItLacks() {
    browser.open(server.url());
    String holdings = browser.find(".intro .holdings").getText();
    assertThat(holdings).contains("种报纸", "期", "版", "篇文章");
    browser.screenshot("30-home-holdings");

    browser.click(By.cssSelector(".papers a"));
    assertThat(browser.find(".paper-head h1").getText()).isNotBlank();
    assertThat(browser.find(".paper-head .run").getText()).contains("馆藏", "期");
    assertThat(browser.find(".gaps").getText()).contains("缺期", "缺版");
    browser.screenshot("31-paper");

    // A month with a missing issue marks the day; an issue lacking pages says which.
    browser.click(By.cssSelector(".missing-issues a"));
    assertThat(browser.findAll("table.month td.missing")).isNotEmpty();
    browser.click(By.cssSelector(".missing-pages a"));
    assertThat(browser.find(".masthead .facts").getText()).contains("缺第");
    browser.screenshot("32-issue-lacking-pages");
  }

  @Test
  void aResearcherListsReportersAndCitesWhatOneWrote() {
    browser.open(server.url());
    browser.click(By.cssSelector(".site-nav a[href='/people']"));
    browser.click(By.cssSelector(".roles a[data-role='reporter']"));
    List<WebElement> rows = browser.findAll(".people-list tbody tr");
    assertThat(rows).isNotEmpty();
    rows.forEach(
        row -> assertThat(row.findElements(By.tagName("td")).get(1).getText()).isEqualTo("记者"));
    browser.screenshot("33-people-reporters");

    // Every reporter listed has the articles of their bylines.
    browser.click(By.cssSelector(".people-list tbody tr a"));
    List<WebElement> articles = browser.findAll(".person-articles a");
    assertThat(articles).isNotEmpty();
    browser.click(By.cssSelector(".person-articles a"));

    String title = browser.find("h1.title").getText();
    WebElement cite = browser.find(".cite");
    assertThat(cite.findElement(By.cssSelector(".cite-gbt")).getText()).contains(title + "[N].");
    assertThat(cite.findElement(By.cssSelector(".cite-chicago")).getText()).contains("“" + title);
    assertThat(browser.find(".permalink a").getText()).startsWith("http://").doesNotContain("%");
    List<String> files =
        cite.findElements(By.cssSelector(".cite-files a")).stream()
            .map(a -> a.getAttribute("href"))
            .toList();
    assertThat(files)
        .anyMatch(f -> f.endsWith("/cite.bib"))
        .anyMatch(f -> f.endsWith("/cite.ris"))
        .anyMatch(f -> f.endsWith("/cite.json"))
        .anyMatch(f -> f.endsWith("/text.txt"));
    browser.script("document.querySelector('.cite').scrollIntoView(); return null;");
    browser.screenshot("34-article-cite");
  }

  @Test
  void aSearchLeadsToTheArticleWithItsWordsMarkedAndBack() {
    browser.open(server.url() + "search/advanced");
    browser.find("#adv-all").sendKeys("颗粒硅");
    browser.find("#adv-exclude").sendKeys("不存在的词语");
    browser.screenshot("35-advanced-search");
    browser.click(By.cssSelector(".advanced-form button[type='submit']"));
    assertThat(browser.find("input[name='q']").getAttribute("value"))
        .isEqualTo("\"颗粒硅\" NOT \"不存在的词语\"");
    String results = browser.url();
    assertThat(browser.total()).isPositive();

    browser.click(By.cssSelector(".hit h2 a"));
    List<WebElement> marks = browser.findAll(".body mark.term");
    assertThat(marks).isNotEmpty().allSatisfy(m -> assertThat(m.getText()).isEqualTo("颗粒硅"));
    browser.screenshot("36-article-marked");

    browser.click(By.cssSelector(".back-to-results a"));
    assertThat(browser.url()).isEqualTo(results);
  }

  @Test
  void aWordsFrequencyIsChartedYearByYear() {
    browser.open(server.url());
    browser.click(By.cssSelector(".site-nav a[href='/trends']"));
    WebElement box = browser.find("#trend-q");
    box.sendKeys("乐山");
    box.submit();
    assertThat(browser.findAll(".trend-chart g.series")).hasSize(1);
    assertThat(browser.findAll(".trend-chart polyline")).isNotEmpty();
    assertThat(browser.findAll(".trend-chart circle")).isNotEmpty();
    assertThat(browser.find(".trend-chart figcaption").getText()).contains("共");
    browser.screenshot("37-trends");
  }

  @Test
  void everyPageKindPassesTheAccessibilityRules() {
    String paper = Links.segment("乐山日报");
    java.util.Map<String, List<String>> found = new java.util.LinkedHashMap<>();
    for (String path :
        List.of(
            "",
            paper,
            paper + "/2024-09-16",
            paper + "/2024-09-16/1",
            paper + "/2024-09-16/1/2",
            paper + "/2024-09-16/1/2?q=%E7%BD%91%E7%BB%9C",
            "search",
            "search?q=%E4%B9%90%E5%B1%B1",
            "search?q=%E6%97%A0%E6%AD%A4%E8%AF%8D%E8%AF%AD",
            "search/advanced",
            "people",
            "people/" + Links.segment("陈光浩"),
            "trends",
            "trends?q=%E4%B9%90%E5%B1%B1",
            "no/such/page/at/all")) {
      browser.open(server.url() + path);
      List<String> violations = browser.accessibilityViolations();
      if (!violations.isEmpty()) {
        found.put(path, violations);
      }
    }
    assertThat(found).isEmpty();
  }

  /** The screenshots in docs/reader, taken only when {@code BAOKU_DOCS_SCREENSHOTS} is set. */
  @Test
  void screenshotsForTheDocs() {
    String target = System.getenv("BAOKU_DOCS_SCREENSHOTS");
    Assumptions.assumeTrue(target != null, "BAOKU_DOCS_SCREENSHOTS not set");
    Browser docs = Browser.open(Path.of(target));
    try {
      docs.resize(1100, 820);
      docs.open(server.url());
      docs.click(By.cssSelector(".papers a"));
      docs.screenshot("paper");
      docs.open(server.url() + "people?role=reporter");
      docs.screenshot("people");
      docs.open(server.url());
      docs.click(By.cssSelector(".front-titles a"));
      docs.script("document.querySelector('.cite').scrollIntoView(); return null;");
      docs.screenshot("cite");
      docs.open(server.url() + "search/advanced");
      docs.screenshot("advanced-search");
      docs.open(server.url() + "search?q=%E9%A2%97%E7%B2%92%E7%A1%85");
      docs.click(By.cssSelector(".hit h2 a"));
      docs.screenshot("article-marked");
      docs.open(server.url() + "trends?q=%E4%B9%90%E5%B1%B1");
      docs.screenshot("trends");
    } finally {
      docs.close();
    }
  }
}
