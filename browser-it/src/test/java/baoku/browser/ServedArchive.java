package baoku.browser;

import baoku.archive.analysis.ChineseAnalyzers;
import baoku.archive.lucene.LuceneArchive;
import baoku.archive.scans.PageScans;
import baoku.ingest.IngestListener;
import baoku.ingest.IngestOptions;
import baoku.ingest.IngestReport;
import baoku.ingest.IngestService;
import baoku.ingest.PageFiles;
import baoku.ingest.PathLayouts;
import baoku.ingest.PdfFiles;
import baoku.page.Page;
import baoku.page.PageJson;
import baoku.parse.PageParser;
import baoku.resource.ResourceLoader;
import baoku.web.ReaderServer;
import baoku.web.ReaderSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Pages ingested into an archive on disk, as {@code baoku ingest} does, served on loopback, and a
 * headless browser to read them: what every browser test starts from.
 */
final class ServedArchive implements AutoCloseable {
  final LuceneArchive archive;
  final ReaderServer server;
  final Browser browser;
  final IngestReport report;

  private ServedArchive(
      LuceneArchive archive, ReaderServer server, Browser browser, IngestReport report) {
    this.archive = archive;
    this.server = server;
    this.browser = browser;
    this.report = report;
  }

  static ServedArchive start(
      Path archiveDir, PageScans scans, UnaryOperator<Page> enrichment, List<Path> inputs) {
    return start(archiveDir, scans, enrichment, inputs, new PdfFiles());
  }

  /** The same, reading PDFs and scans with {@code pdfs} (OCR for scanned pages, say). */
  static ServedArchive start(
      Path archiveDir,
      PageScans scans,
      UnaryOperator<Page> enrichment,
      List<Path> inputs,
      PdfFiles pdfs) {
    Browser.requireChromium();
    LuceneArchive archive = LuceneArchive.openForWriting(archiveDir, new ChineseAnalyzers());
    ReaderServer server = null;
    try {
      PageJson json = new PageJson();
      IngestReport report =
          new IngestService(
                  new PageFiles(new PageParser(), json),
                  new PathLayouts(new ResourceLoader()),
                  json,
                  archive,
                  IngestOptions.defaults(),
                  enrichment,
                  pdfs,
                  scans)
              .ingest(inputs, IngestListener.NONE);
      server = ReaderServer.start(archive, scans, ReaderSettings.loopback(0));
      Browser browser =
          Browser.open(Path.of(System.getProperty("baoku.screenshots", "target/screenshots")));
      return new ServedArchive(archive, server, browser, report);
    } catch (RuntimeException e) {
      if (server != null) {
        server.close();
      }
      archive.close();
      throw e;
    }
  }

  @Override
  public void close() {
    try {
      browser.close();
    } finally {
      try {
        server.close();
      } finally {
        archive.close();
      }
    }
  }
}
