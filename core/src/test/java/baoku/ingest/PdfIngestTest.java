package baoku.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.PageId;
import baoku.archive.analysis.ChineseAnalyzers;
import baoku.archive.lucene.LuceneArchive;
import baoku.archive.scans.FolderPageScans;
import baoku.archive.scans.ScanFile;
import baoku.page.PageJson;
import baoku.parse.PageParser;
import baoku.resource.ResourceLoader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF of many pages is an issue: every page stored, each with its image and one-page PDF. */
class PdfIngestTest {
  private static final String SAMPLES = "/samples/leshan-daily-typeset/";

  @TempDir Path dir;

  @Test
  void everyPageOfAManyPagePdfIsKeptWithItsScan() throws Exception {
    Path file = Files.createDirectories(dir.resolve("in/乐山日报")).resolve("2022-07-23.pdf");
    Files.write(file, twoPages());
    Files.writeString(
        file.resolveSibling("2022-07-23.meta.json"),
        "{\"paper\": \"乐山日报\", \"date\": \"2022-07-23\"}",
        java.nio.charset.StandardCharsets.UTF_8);
    List<Integer> progress = new ArrayList<>();
    IngestReport report;
    FolderPageScans scans = new FolderPageScans(dir.resolve("archive/scans"));
    try (LuceneArchive archive =
        LuceneArchive.openForWriting(dir.resolve("archive"), new ChineseAnalyzers())) {
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
              .ingest(
                  List.of(file),
                  new IngestListener() {
                    @Override
                    public void fileDone(int done) {
                      progress.add(done);
                    }
                  });
    }
    assertThat(report.rejected()).isEmpty();
    assertThat(report.pages()).isEqualTo(2);
    assertThat(progress).containsExactly(1);
    // Pages are numbered in order; the second prints its own date, which wins over the metadata.
    for (String page : List.of("乐山日报/2022-07-23/1", "乐山日报/2024-09-16/2")) {
      PageId id = PageId.parse(page);
      byte[] pdf = Files.readAllBytes(scans.file(id, ScanFile.PDF).orElseThrow());
      try (PDDocument single = Loader.loadPDF(pdf)) {
        assertThat(single.getNumberOfPages()).isEqualTo(1);
      }
      assertThat(scans.file(id, ScanFile.IMAGE)).isPresent();
    }
  }

  private static byte[] twoPages() throws Exception {
    try (PDDocument out = new PDDocument();
        PDDocument first = load("leshan-daily-2022-07-23-p1-typeset.pdf");
        PDDocument second = load("leshan-daily-2024-09-16-p1-typeset.pdf")) {
      out.importPage(first.getPage(0));
      out.importPage(second.getPage(0));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      out.save(bytes);
      return bytes.toByteArray();
    }
  }

  private static PDDocument load(String name) throws Exception {
    try (InputStream in = PdfIngestTest.class.getResourceAsStream(SAMPLES + name)) {
      return Loader.loadPDF(in.readAllBytes());
    }
  }
}
