package baoku.cli;

import baoku.archive.Archive;
import baoku.archive.PaperNames;
import baoku.enrich.Enricher;
import baoku.enrich.HanLpTagger;
import baoku.ingest.IngestOptions;
import baoku.ingest.IngestReport;
import baoku.ingest.IngestService;
import baoku.ingest.PageFiles;
import baoku.ingest.PathLayouts;
import baoku.ingest.Rejection;
import baoku.ingest.Warning;
import baoku.ocr.OcrService;
import baoku.page.PageJson;
import baoku.parse.PageParser;
import baoku.resource.ResourceLoader;
import baoku.words.TextFolding;
import baoku.words.WordSegmenter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code baoku ingest PATH...}: parses page files and stores them in the archive. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Read page files and folders into the archive; a page already held is replaced.",
      "Files whose pages an earlier run committed, unchanged and named alike, are skipped, so a"
          + " stopped or killed run is finished by running it again.",
      "Paper, date and page come from the masthead, else from a manifest (.csv: path,paper,date,"
          + "page), a NAME.meta.json beside the file, --paper, or the path: PAPER/YYYY-MM-DD/NN.txt,"
          + " PAPER/YYYY/MM/DD/NN.txt, YYYYMMDD-NN.txt and similar.",
      "A PDF of one page is a page, of many an issue; its page images are kept under"
          + " ARCHIVE/scans (for a cluster, under $BAOKU_SCANS)."
    })
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ArchiveLocation archive;
  @Mixin OcrOptions ocr;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description =
          "Page files (.txt, .pdf, or .json as baoku parse writes), folders, manifests (.csv).")
  List<Path> paths;

  @Option(names = "--paper", paramLabel = "NAME", description = "Paper of pages that name none.")
  String paper;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Files read at once (default: the number of processors).")
  Integer threads;

  @Option(
      names = "--commit-every",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description =
          "Longest time between commits; 0 commits after every issue (default: 30). A killed run"
              + " keeps what was committed; the next run ingests the rest.")
  double commitEvery;

  @Option(
      names = "--strict",
      description =
          "Reject text that is no newspaper page (too little Chinese text, or neither masthead nor"
              + " article: a README, source code) instead of storing it as an empty page with a"
              + " warning.")
  boolean strict;

  @Option(
      names = "--reparse",
      description = "Read every file again, even those whose pages the archive already holds.")
  boolean reparse;

  @Option(
      names = "--replace",
      description =
          "Each issue the files bring replaces the issue held whole: its pages the files do not"
              + " bring are removed. Issues the files do not touch stay. Reads every file.")
  boolean replace;

  /** How long an interrupted run may take to commit what it stored before the process ends. */
  private static final Duration STOP_GRACE = Duration.ofSeconds(60);

  @Option(
      names = "--no-enrich",
      description = "Store pages as parsed, without people, places, organisations and dates.")
  boolean noEnrich;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (paper != null) {
      PaperNames.problem(paper)
          .ifPresent(
              problem -> {
                throw new IllegalArgumentException("--paper: " + problem);
              });
    }
    IngestOptions options =
        IngestOptions.defaults()
            .withPaper(paper)
            .withCommitInterval(Duration.ofMillis(Math.round(commitEvery * 1000)))
            .withStrict(strict)
            .withReparse(reparse)
            .withReplace(replace);
    if (threads != null) {
      options = options.withThreads(threads);
    }
    PageJson json = new PageJson();
    // One segmenter for the enricher and the archive, so that each line is cut into words once.
    WordSegmenter words = new WordSegmenter(new TextFolding());
    CountDownLatch finished = new CountDownLatch(1);
    try {
      IngestReport report;
      try (OcrService scanOcr = ocr.service();
          Archive store = noEnrich ? archive.openForWriting() : archive.openForWriting(words);
          IngestProgress progress =
              new IngestProgress(spec.commandLine().getErr(), Terminal.isInteractive())) {
        IngestService service =
            new IngestService(
                new PageFiles(new PageParser(), json),
                new PathLayouts(new ResourceLoader()),
                json,
                store,
                options,
                noEnrich ? UnaryOperator.identity() : new Enricher(new HanLpTagger(words))::enrich,
                OcrOptions.pdfFiles(scanOcr),
                archive.scans());
        report = ingestStoppingOnSignal(service, progress, finished);
      }
      return summarise(report, out);
    } finally {
      finished.countDown();
    }
  }

  /**
   * Runs the ingest; an interrupt or a termination (Ctrl-C, SIGTERM) stops it: what is stored is
   * committed and the summary printed before the process ends.
   */
  private IngestReport ingestStoppingOnSignal(
      IngestService service, IngestProgress progress, CountDownLatch finished) {
    Thread onSignal =
        new Thread(
            () -> {
              service.stop();
              try {
                finished.await(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "ingest-stop");
    Runtime.getRuntime().addShutdownHook(onSignal);
    try {
      return service.ingest(paths, progress);
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(onSignal);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running: it waits for the summary.
      }
    }
  }

  private int summarise(IngestReport report, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "ingested %d issues, %d pages, %d articles into %s (run %s)%n",
        report.issues(),
        report.pages(),
        report.articles(),
        archive.describe(),
        report.run());
    if (report.skippedFiles() > 0) {
      out.printf(
          Locale.ROOT,
          "skipped %d files already ingested (%d pages; --reparse reads them again)%n",
          report.skippedFiles(),
          report.skippedPages());
    }
    if (report.stopped()) {
      out.printf(
          Locale.ROOT,
          "stopped: %d issues and %d pages of this run are committed, %d files were not read."
              + " Run the same command again to ingest the rest: what is committed is skipped.%n",
          report.issues(),
          report.pages(),
          report.unread());
    }
    if (!report.warned().isEmpty()) {
      out.printf(
          Locale.ROOT,
          "%d files that read as no newspaper page, stored as empty pages:%n",
          report.warned().size());
      for (Warning warning : report.warned()) {
        out.println("  " + warning);
      }
    }
    if (!report.rejected().isEmpty()) {
      out.printf(Locale.ROOT, "rejected %d files:%n", report.rejected().size());
      for (Rejection rejection : report.rejected()) {
        out.println("  " + rejection);
      }
    }
    return report.rejected().isEmpty() && !report.stopped() ? 0 : 1;
  }
}
