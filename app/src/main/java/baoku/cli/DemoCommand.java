package baoku.cli;

import baoku.archive.Archive;
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
import baoku.words.TextFolding;
import baoku.words.WordSegmenter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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
      "The archive is a temporary folder, removed on exit, unless --archive names a folder or"
          + " a cluster."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ServerOptions server;

  @Option(
      names = "--archive",
      paramLabel = "DIR|URL",
      description =
          "Keep the demo archive in DIR, or on the OpenSearch cluster at"
              + " http(s)://HOST:PORT[/NAME] (default: a temporary folder).")
  String archive;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    ArchiveLocation location =
        new ArchiveLocation(archive != null ? archive : TempTree.create("baoku-demo-").toString());
    Path samples = BundledSamples.extract(TempTree.create("baoku-samples-"));
    WordSegmenter words = new WordSegmenter(new TextFolding());
    Archive store = location.openForWriting(words);
    PageScans scans = location.scans();
    try {
      PageJson json = new PageJson();
      IngestReport report =
          new IngestService(
                  new PageFiles(new PageParser(), json),
                  new PathLayouts(new ResourceLoader()),
                  json,
                  store,
                  IngestOptions.defaults(),
                  new Enricher(new HanLpTagger(words))::enrich,
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
              + location.describe());
      report.rejected().forEach(r -> out.println("  rejected " + r));
      return Serving.serve(store, scans, server, out);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }
}
