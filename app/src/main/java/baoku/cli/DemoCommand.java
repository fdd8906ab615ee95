package baoku.cli;

import baoku.archive.analysis.ChineseAnalyzers;
import baoku.archive.lucene.LuceneArchive;
import baoku.archive.scans.FolderPageScans;
import baoku.archive.scans.PageScans;
import baoku.enrich.Enricher;
import baoku.enrich.HanLpTagger;
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
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code baoku demo}: the bundled sample pages, ingested into a fresh archive and served. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest the bundled sample pages (two front pages of 乐山日报) into a fresh archive and"
          + " serve it: the quickest way to see the reader.",
      "The archive is a temporary folder, removed on exit, unless --archive names one."
    })
final class DemoCommand implements Callable<Integer> {
  /** Lucene's start-up hint about the vector module, silenced as the archive commands do. */
  private static final Logger LUCENE_VECTOR_HINT =
      Logger.getLogger("org.apache.lucene.internal.vectorization");

  static {
    LUCENE_VECTOR_HINT.setLevel(Level.SEVERE);
  }

  @Spec CommandSpec spec;
  @Mixin ServerOptions server;

  @Option(
      names = "--archive",
      paramLabel = "DIR",
      description = "Keep the demo archive in DIR (default: a temporary folder).")
  Path dir;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path root = dir != null ? dir : TempTree.create("baoku-demo-");
    Path samples = BundledSamples.extract(TempTree.create("baoku-samples-"));
    LuceneArchive store = LuceneArchive.openForWriting(root, new ChineseAnalyzers());
    PageScans scans = new FolderPageScans(root.resolve("scans"));
    try {
      PageJson json = new PageJson();
      IngestReport report =
          new IngestService(
                  new PageFiles(new PageParser(), json),
                  new PathLayouts(new ResourceLoader()),
                  json,
                  store,
                  IngestOptions.defaults(),
                  new Enricher(new HanLpTagger())::enrich,
                  new PdfFiles(),
                  scans)
              .ingest(List.of(samples), IngestListener.NONE);
      out.println(
          "baoku: ingested "
              + report.issues()
              + " issues, "
              + report.pages()
              + " pages, "
              + report.articles()
              + " articles of sample pages into "
              + root);
      report.rejected().forEach(r -> out.println("  rejected " + r));
      return Serving.serve(store, scans, server, out);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }
}
