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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * From an article to the page of a person it names, over the sample pages ingested with enrichment:
 * the person's titles on each day printed, and their articles. Screenshots in {@code
 * target/screenshots}.
 */
class PersonPageIT {
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
  void aReaderFollowsANameToThePersonsTitlesOverTime() {
    browser.open(server.url() + "search?person=" + Links.queryValue("陈光浩"));
    assertThat(browser.find(".filters").getText()).contains("陈光浩");
    browser.screenshot("20-search-by-person");

    browser.open(server.url() + Links.segment("乐山日报") + "/2024-09-16/1/4");
    browser.click(By.cssSelector(".body a.person[href$='" + Links.segment("陈光浩") + "']"));
    assertThat(browser.find("h1.person-name").getText()).isEqualTo("陈光浩");
    List<WebElement> days = browser.findAll(".timeline li.day");
    assertThat(days).hasSize(2);
    assertThat(days.get(0).getText()).contains("2022-07-23", "市委副书记", "市长");
    assertThat(days.get(1).getText()).contains("2024-09-16", "市委副书记", "市长");
    assertThat(browser.find(".person-articles").getText()).contains("2022-07-23", "2024-09-16");
    browser.screenshot("21-person-page");
  }
}
