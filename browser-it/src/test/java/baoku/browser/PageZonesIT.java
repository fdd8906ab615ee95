package baoku.browser;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.scans.FolderPageScans;
import baoku.web.ReaderServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A reader on a page that came as a PDF: the page image, an article outlined and named under the
 * pointer, a click to the article. Screenshots of each step go to {@code target/screenshots}.
 */
class PageZonesIT {
  @TempDir static Path dir;
  static ServedArchive reader;
  static ReaderServer server;
  static Browser browser;

  @BeforeAll
  static void start() throws IOException {
    Path typeset =
        Path.of(
            System.getProperty(
                "baoku.typeset", "../core/src/test/resources/samples/leshan-daily-typeset"));
    Path inputs = Files.createDirectories(dir.resolve("in"));
    // The PDFs and their metadata only: the text beside them is the same pages again.
    try (Stream<Path> files = Files.list(typeset)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".pdf") || name.endsWith(".meta.json")) {
          Files.copy(file, inputs.resolve(name));
        }
      }
    }
    reader =
        ServedArchive.start(
            dir.resolve("archive"),
            new FolderPageScans(dir.resolve("archive/scans")),
            UnaryOperator.identity(),
            List.of(inputs));
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
  void aReaderPointsAtAnArticleOnThePageImageAndOpensIt() {
    browser.resize(1100, 900);
    browser.open(server.url() + "%E4%B9%90%E5%B1%B1%E6%97%A5%E6%8A%A5/2022-07-23/1");
    WebElement image = browser.find(".page-scan img");
    assertThat(browser.<Boolean>script("return document.querySelector('.page-scan img').complete"))
        .isTrue();
    assertThat(image.getSize().getWidth()).isGreaterThan(100);
    browser.screenshot("zones-01-page");

    WebElement zone = browser.findAll("svg.zones a.zone").getFirst();
    String title = zone.findElement(By.tagName("title")).getAttribute("textContent");
    WebElement rect = zone.findElement(By.tagName("rect"));
    WebElement label = zone.findElement(By.cssSelector(".zone-label"));
    assertThat(browser.style(rect, "stroke")).isIn("transparent", "rgba(0, 0, 0, 0)");
    assertThat(label.isDisplayed()).isFalse();

    browser.script(
        "document.querySelector('svg.zones a.zone rect').scrollIntoView({block: 'center'})");
    browser.hover(rect);
    assertThat(browser.style(rect, "stroke")).isEqualTo("rgb(180, 30, 30)");
    assertThat(label.isDisplayed()).isTrue();
    assertThat(label.getText()).isEqualTo(title);
    browser.screenshot("zones-02-hover");

    String id = zone.getAttribute("id");
    browser.click(By.cssSelector("svg.zones a#" + id + " rect"));
    assertThat(browser.find("h1.title").getText()).isEqualTo(title);
    assertThat(browser.find("a.zone-link").getAttribute("href")).endsWith("/2022-07-23/1#" + id);
    assertThat(browser.find("a.page-pdf").getAttribute("href")).endsWith("/2022-07-23/1/page.pdf");
    browser.screenshot("zones-03-article");
  }

  @Test
  void aSearchHitLeadsToItsArticleAndItsZoneOnThePrint() {
    browser.resize(1100, 900);
    browser.open(server.url() + "search?q=%E9%A2%97%E7%B2%92%E7%A1%85");
    browser.click(By.cssSelector(".hit h2 a"));
    assertThat(browser.findAll(".body mark.term")).isNotEmpty();
    browser.click(By.cssSelector("a.zone-link"));
    List<WebElement> hits = browser.findAll("svg.zones a.zone.hit");
    assertThat(hits).isNotEmpty();
    WebElement rect = hits.getFirst().findElement(By.tagName("rect"));
    assertThat(browser.style(rect, "stroke")).isNotIn("transparent", "rgba(0, 0, 0, 0)");
    browser.script(
        "document.querySelector('svg.zones a.zone.hit rect').scrollIntoView({block: 'center'})");
    browser.screenshot("zones-04-search-hit");
  }

  @Test
  void aPageWithItsZonesPassesTheAccessibilityRules() {
    browser.open(server.url() + "%E4%B9%90%E5%B1%B1%E6%97%A5%E6%8A%A5/2022-07-23/1");
    assertThat(browser.accessibilityViolations()).isEmpty();
  }
}
