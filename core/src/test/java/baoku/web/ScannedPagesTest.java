package baoku.web;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.PageId;
import baoku.archive.analysis.ChineseAnalyzers;
import baoku.archive.lucene.LuceneArchive;
import baoku.archive.scans.FolderPageScans;
import baoku.archive.scans.ScanFile;
import baoku.ingest.IngestListener;
import baoku.ingest.IngestOptions;
import baoku.ingest.IngestReport;
import baoku.ingest.IngestService;
import baoku.ingest.PageFiles;
import baoku.ingest.PathLayouts;
import baoku.ingest.PdfFiles;
import baoku.page.PageJson;
import baoku.parse.PageParser;
import baoku.resource.ResourceLoader;
import baoku.web.view.Links;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF pages ingested with their images, and the reader showing them with article zones. */
class ScannedPagesTest {
  private static final String SAMPLES = "/samples/leshan-daily-typeset/";
  private static final String NAME = "leshan-daily-2022-07-23-p1-typeset";

  @TempDir static Path dir;
  private static LuceneArchive archive;
  private static FolderPageScans scans;
  private static ReaderServer server;
  private static IngestReport report;
  private static PageId page;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  static void ingest() throws Exception {
    Path inputs = Files.createDirectories(dir.resolve("in"));
    for (String file : List.of(NAME + ".pdf", NAME + ".meta.json")) {
      try (InputStream in = ScannedPagesTest.class.getResourceAsStream(SAMPLES + file)) {
        Files.write(inputs.resolve(file), in.readAllBytes());
      }
    }
    byte[] pdf = Files.readAllBytes(inputs.resolve(NAME + ".pdf"));
    Files.write(inputs.resolve("cut-short.pdf"), Arrays.copyOf(pdf, pdf.length / 2));
    archive = LuceneArchive.openForWriting(dir.resolve("archive"), new ChineseAnalyzers());
    scans = new FolderPageScans(dir.resolve("archive/scans"));
    PageJson json = new PageJson();
    report =
        new IngestService(
                new PageFiles(new PageParser(), json),
                new PathLayouts(new ResourceLoader()),
                json,
                archive,
                IngestOptions.defaults().withCommitInterval(Duration.ZERO),
                UnaryOperator.identity(),
                new PdfFiles(),
                scans)
            .ingest(List.of(inputs), IngestListener.NONE);
    page = PageId.parse("乐山日报/2022-07-23/1");
    server = ReaderServer.start(archive, scans, new ReaderSettings("127.0.0.1", 0, null));
  }

  @AfterAll
  static void close() {
    server.close();
    archive.close();
  }

  @Test
  void badPdfIsRejectedInOneLineAndTheGoodOneKeptWithItsImages() {
    assertThat(report.pages()).isEqualTo(1);
    assertThat(report.rejected()).hasSize(1);
    assertThat(report.rejected().getFirst().toString())
        .contains("cut-short.pdf")
        .doesNotContain("\n");
    for (ScanFile file : ScanFile.values()) {
      assertThat(scans.file(page, file)).isPresent();
    }
  }

  @Test
  void pageShowsItsImageWithOneZoneLinkPerArticle() throws Exception {
    String html = get(Links.page(page)).body();
    assertThat(html).contains("<svg class=\"zones\" viewBox=\"0 0 ");
    assertThat(html).contains("<img src=\"" + Links.scan(page, ScanFile.IMAGE) + "\"");
    assertThat(html)
        .contains("<a id=\"a1\" class=\"zone\" href=\"" + Links.article(page.article(1)));
    assertThat(html).contains("<title>").contains("<rect x=\"");
  }

  @Test
  void articleLinksBackToItsZoneAndOffersThePagePdf() throws Exception {
    String html = get(Links.article(page.article(1))).body();
    assertThat(html).contains("href=\"" + Links.zone(page.article(1)) + "\"");
    assertThat(html).contains("href=\"" + Links.scan(page, ScanFile.PDF) + "\" download");
    assertThat(html)
        .contains(
            "<meta name=\"citation_pdf_url\" content=\"http://127.0.0.1:"
                + server.port()
                + Links.scan(page, ScanFile.PDF)
                + "\">");
  }

  @Test
  void imagesAndPdfAreServedWithTheirTypesAndMissingOnesAre404() throws Exception {
    for (ScanFile file : ScanFile.values()) {
      HttpResponse<String> response = get(Links.scan(page, file));
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).hasValue(file.contentType());
    }
    assertThat(get(Links.scan(page.issue().page(9), ScanFile.IMAGE)).statusCode()).isEqualTo(404);
  }

  @Test
  void aPageOpenedFromASearchOutlinesTheZonesOfItsHits() throws Exception {
    String title = archive.page(page).orElseThrow().page().articles().getFirst().title();
    String word = title.substring(0, 2);
    String html = get(Links.page(page) + "?q=" + Links.queryValue(word)).body();
    assertThat(html).contains("<a id=\"a1\" class=\"zone hit\"");
    String article = get(Links.article(page.article(1)) + "?q=" + Links.queryValue(word)).body();
    assertThat(article)
        .contains(
            "class=\"zone-link\" href=\""
                + Links.page(page)
                + "?q="
                + Links.queryValue(word)
                + "#a1\"");
  }

  @Test
  void thePagePdfIsSavedUnderItsPaperDateAndPage() throws Exception {
    HttpResponse<String> response = get(Links.scan(page, ScanFile.PDF));
    String disposition = response.headers().firstValue("Content-Disposition").orElse("");
    assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''");
    String name =
        java.net.URLDecoder.decode(
            disposition.substring(disposition.indexOf("''") + 2),
            java.nio.charset.StandardCharsets.UTF_8);
    assertThat(name)
        .isEqualTo(
            page.issue().paper() + "-" + page.issue().date() + "-第" + page.number() + "版.pdf");
  }

  @Test
  void headOfThePdfGivesItsTypeAndLengthWithoutTheBody() throws Exception {
    long size = Files.size(scans.file(page, ScanFile.PDF).orElseThrow());
    URI uri = URI.create("http://127.0.0.1:" + server.port() + Links.scan(page, ScanFile.PDF));
    HttpResponse<String> head =
        client.send(
            HttpRequest.newBuilder(uri).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(head.headers().firstValue("Content-Length")).hasValue(String.valueOf(size));
    assertThat(head.body()).isEmpty();
  }

  private HttpResponse<String> get(String path) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + server.port() + path);
    return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }
}
