package baoku.browser;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.scans.FolderPageScans;
import baoku.ingest.PdfFiles;
import baoku.ingest.ScanFiles;
import baoku.ocr.OcrService;
import baoku.ocr.OcrSettings;
import baoku.parse.pdf.PdfLoader;
import baoku.parse.pdf.PdfPageReader;
import baoku.parse.scan.ScanPageReader;
import baoku.render.PageImages;
import baoku.resource.ResourceLoader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A reader on a page that came as a scan: a typeset sample page printed to a 300 dpi image and
 * ingested by OCR shows its articles as zones on the scan, says how sure OCR was, and a click on a
 * zone opens the article. Screenshots go to {@code target/screenshots}.
 */
class ScanZonesIT {
  private static final String PAGE = "leshan-daily-2024-09-16-p1-typeset";

  @TempDir static Path dir;
  static ServedArchive reader;
  static OcrService ocr;

  @BeforeAll
  static void start() throws IOException {
    Path typeset =
        Path.of(
            System.getProperty(
                "baoku.typeset", "../core/src/test/resources/samples/leshan-daily-typeset"));
    Path scan = Files.createDirectories(dir.resolve("in/乐山日报/2024-09-16")).resolve("01.png");
    try (PDDocument pdf = Loader.loadPDF(typeset.resolve(PAGE + ".pdf").toFile())) {
      BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 300, ImageType.GRAY);
      ImageIO.write(image, "png", scan.toFile());
    }
    ocr =
        new OcrService(
            Path.of("..", "models", "ocr"), OcrSettings.standard(), new ResourceLoader());
    PdfFiles pdfs =
        new PdfFiles(
            new ScanFiles(
                new ScanPageReader(ocr, new PdfPageReader(), new PdfLoader()), new PageImages()));
    reader =
        ServedArchive.start(
            dir.resolve("archive"),
            new FolderPageScans(dir.resolve("archive/scans")),
            UnaryOperator.identity(),
            List.of(dir.resolve("in")),
            pdfs);
    assertThat(reader.report.rejected()).isEmpty();
    assertThat(reader.report.pages()).isEqualTo(1);
  }

  @AfterAll
  static void stop() {
    if (reader != null) {
      reader.close();
    }
    if (ocr != null) {
      ocr.close();
    }
  }

  @Test
  void aReaderClicksAnArticleOnTheScan() {
    Browser browser = reader.browser;
    browser.resize(1100, 900);
    browser.open(reader.server.url() + "%E4%B9%90%E5%B1%B1%E6%97%A5%E6%8A%A5/2024-09-16/1");
    assertThat(browser.<Boolean>script("return document.querySelector('.page-scan img').complete"))
        .isTrue();
    assertThat(browser.find(".ocr-quality").getText()).matches("OCR 置信度 \\d+\\.\\d%");
    browser.screenshot("scan-01-page");

    List<WebElement> zones = browser.findAll("svg.zones a.zone");
    assertThat(zones).hasSizeGreaterThan(1);
    WebElement zone = zones.getFirst();
    String title = zone.findElement(By.tagName("title")).getAttribute("textContent");
    String id = zone.getAttribute("id");
    browser.script(
        "document.querySelector('svg.zones a.zone rect').scrollIntoView({block: 'center'})");
    browser.click(By.cssSelector("svg.zones a#" + id + " rect"));
    assertThat(browser.find("h1.title").getText()).isEqualTo(title);
    assertThat(browser.find("a.zone-link").getAttribute("href")).endsWith("/2024-09-16/1#" + id);
    // A scanned image has no PDF of its own to offer.
    assertThat(browser.findAll("a.page-pdf")).isEmpty();
    browser.screenshot("scan-02-article");
  }
}
