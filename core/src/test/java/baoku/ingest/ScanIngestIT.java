package baoku.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.PageId;
import baoku.archive.analysis.ChineseAnalyzers;
import baoku.archive.lucene.LuceneArchive;
import baoku.archive.scans.FolderPageScans;
import baoku.archive.scans.ScanFile;
import baoku.ocr.OcrService;
import baoku.ocr.OcrSettings;
import baoku.page.Article;
import baoku.page.Page;
import baoku.page.PageJson;
import baoku.parse.PageParser;
import baoku.parse.pdf.PdfLoader;
import baoku.parse.pdf.PdfPageReader;
import baoku.parse.scan.ScanPageReader;
import baoku.render.PageImages;
import baoku.resource.ResourceLoader;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scanned page goes into the archive as a PDF page does: a typeset sample page, printed to a 300
 * dpi image and ingested, is read by OCR with the real models into articles that match the page's
 * gold, stored with its quality and with the scan as its image.
 */
class ScanIngestIT {
  private static final String SAMPLE =
      "/samples/leshan-daily-typeset/leshan-daily-2024-09-16-p1-typeset";

  @TempDir Path dir;

  @Test
  void aScannedPageIsStoredWithArticlesQualityAndItsImage() throws Exception {
    Page gold = new PageJson().read(text(SAMPLE + ".gold.json"));
    Path scan = Files.createDirectories(dir.resolve("in/乐山日报/2024-09-16")).resolve("01.png");
    Files.write(scan, rendered(bytes(SAMPLE + ".pdf")));
    FolderPageScans scans = new FolderPageScans(dir.resolve("archive/scans"));
    IngestReport report;
    try (OcrService ocr =
            new OcrService(
                Path.of("..", "models", "ocr"), OcrSettings.standard(), new ResourceLoader());
        LuceneArchive archive =
            LuceneArchive.openForWriting(dir.resolve("archive"), new ChineseAnalyzers())) {
      PageJson json = new PageJson();
      ScanFiles scanFiles =
          new ScanFiles(
              new ScanPageReader(ocr, new PdfPageReader(), new PdfLoader()), new PageImages());
      report =
          new IngestService(
                  new PageFiles(new PageParser(), json),
                  new PathLayouts(new ResourceLoader()),
                  json,
                  archive,
                  IngestOptions.defaults().withCommitInterval(Duration.ZERO),
                  UnaryOperator.identity(),
                  new PdfFiles(scanFiles),
                  scans)
              .ingest(List.of(dir.resolve("in")), IngestListener.NONE);
    }
    assertThat(report.rejected()).isEmpty();
    assertThat(report.pages()).isEqualTo(1);

    PageId id = new PageId(new baoku.archive.IssueId("乐山日报", gold.issue().date()), 1);
    Page page;
    try (LuceneArchive archive =
        LuceneArchive.openForReading(dir.resolve("archive"), new ChineseAnalyzers())) {
      page = archive.page(id).orElseThrow().page();
    }
    // The masthead is read from the scan.
    assertThat(page.issue().date()).isEqualTo(gold.issue().date());
    assertThat(page.issue().serial()).isEqualTo(gold.issue().serial());
    // Every gold article is found, half the headlines at least read exactly, the text nearly so.
    assertThat(page.articles()).hasSameSizeAs(gold.articles());
    long headlines =
        gold.articles().stream()
            .filter(
                g -> page.articles().stream().anyMatch(p -> Objects.equals(p.title(), g.title())))
            .count();
    assertThat(headlines).isGreaterThanOrEqualTo(gold.articles().size() / 2);
    assertThat(bigramF1(body(gold.articles()), body(page.articles()))).isGreaterThan(0.9);
    // Each article is placed on the page, the page has its size, and OCR's figures are kept.
    assertThat(page.articles()).allSatisfy(a -> assertThat(a.regions()).isNotEmpty());
    assertThat(page.size()).isNotNull();
    assertThat(page.ocr().quality()).isBetween(0.9, 1.0);
    assertThat(page.ocr().lines()).hasSizeGreaterThan(100);
    assertThat(page.ocr().lines()).allSatisfy(l -> assertThat(l.confidence()).isBetween(0.0, 1.0));
    // The scan is the page image; a scanned image has no PDF of its own.
    BufferedImage image = ImageIO.read(scans.file(id, ScanFile.IMAGE).orElseThrow().toFile());
    assertThat((double) image.getWidth() / image.getHeight())
        .isCloseTo(
            page.size().width() / page.size().height(), org.assertj.core.data.Offset.offset(0.01));
    assertThat(scans.file(id, ScanFile.THUMBNAIL)).isPresent();
    assertThat(scans.file(id, ScanFile.PDF)).isEmpty();
  }

  private static String body(List<Article> articles) {
    StringBuilder out = new StringBuilder();
    articles.forEach(a -> a.paragraphs().forEach(out::append));
    return out.toString().replaceAll("\\s+", "");
  }

  /** The F1 of the two texts' character bigrams, as score-pages compares bodies. */
  static double bigramF1(String gold, String read) {
    java.util.Map<String, Integer> g = bigrams(gold);
    java.util.Map<String, Integer> r = bigrams(read);
    int shared = 0;
    for (var e : g.entrySet()) {
      shared += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
    }
    double precision = (double) shared / Math.max(1, read.length() - 1);
    double recall = (double) shared / Math.max(1, gold.length() - 1);
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  private static java.util.Map<String, Integer> bigrams(String s) {
    java.util.Map<String, Integer> out = new java.util.HashMap<>();
    for (int i = 0; i + 1 < s.length(); i++) {
      out.merge(s.substring(i, i + 2), 1, Integer::sum);
    }
    return out;
  }

  private static byte[] rendered(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 300, ImageType.GRAY);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    }
  }

  private static String text(String resource) throws Exception {
    return new String(bytes(resource), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String resource) throws Exception {
    try (InputStream in = ScanIngestIT.class.getResourceAsStream(resource)) {
      return Objects.requireNonNull(in, resource).readAllBytes();
    }
  }
}
