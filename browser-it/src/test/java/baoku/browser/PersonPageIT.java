package baoku.browser;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.analysis.ChineseAnalyzers;
import baoku.archive.lucene.LuceneArchive;
import baoku.archive.scans.PageScans;
import baoku.enrich.Enricher;
import baoku.enrich.HanLpTagger;
import baoku.ingest.IngestListener;
import baoku.ingest.IngestOptions;
import baoku.ingest.IngestReport;
import baoku.ingest.IngestService;
import baoku.ingest.PageFiles;
import baoku.ingest.PathLayouts;
import baoku.page.PageJson;
import baoku.parse.PageParser;
import baoku.resource.ResourceLoader;
import baoku.web.ReaderServer;
import baoku.web.ReaderSettings;
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
  static LuceneArchive archive;
  static ReaderServer server;
  static Browser browser;

  @BeforeAll
  static void start() {
    Browser.requireChromium();
    archive = LuceneArchive.openForWriting(archiveDir, new ChineseAnalyzers());
    PageJson json = new PageJson();
    IngestReport report =
        new IngestService(
                new PageFiles(new PageParser(), json),
                new PathLayouts(new ResourceLoader()),
                json,
                archive,
                IngestOptions.defaults(),
                new Enricher(new HanLpTagger())::enrich,
                new baoku.ingest.PdfFiles(),
                PageScans.none())
            .ingest(
                List.of(Path.of(System.getProperty("baoku.samples", "../samples"))),
                IngestListener.NONE);
    assertThat(report.rejected()).isEmpty();
    server = ReaderServer.start(archive, ReaderSettings.loopback(0));
    browser = Browser.open(Path.of(System.getProperty("baoku.screenshots", "target/screenshots")));
  }

  @AfterAll
  static void stop() {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      if (server != null) {
        server.close();
      }
      if (archive != null) {
        archive.close();
      }
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
