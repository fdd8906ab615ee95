package baoku.bench;

import static baoku.bench.BenchArgs.flag;
import static baoku.bench.BenchArgs.intArg;
import static baoku.bench.BenchArgs.stringArg;
import static baoku.bench.BenchReport.delete;
import static baoku.bench.BenchReport.line;

import baoku.archive.ArchiveStats;
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
import baoku.ingest.PdfFiles;
import baoku.page.Article;
import baoku.page.Page;
import baoku.page.PageJson;
import baoku.parse.PageParser;
import baoku.resource.ResourceLoader;
import baoku.words.TextFolding;
import baoku.words.WordSegmenter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * {@code run.sh REPO [--pages N] [--work DIR] [--threads N] [--queries N] [--warmup N]
 * [--no-enrich] [--no-segmenters] [--no-bare] [--search-only]}: the archive benchmark. Generates
 * the corpus from the repository's sample pages, ingests it as {@code baoku ingest} does (enriched,
 * unless {@code --no-enrich}), indexes the same files with bare Lucene, times searches, and prints
 * a Markdown report.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    if (flag(args, "--bare-only")) {
      BareLuceneBaseline.main(args);
      return;
    }
    Path repo = Path.of(args[0]);
    int pages = intArg(args, "--pages", 100_000);
    int threads = intArg(args, "--threads", Runtime.getRuntime().availableProcessors());
    int queries = intArg(args, "--queries", 300);
    Path work = Path.of(stringArg(args, "--work", "/tmp/baoku-bench"));
    boolean enrich = !flag(args, "--no-enrich");
    StringBuilder report = new StringBuilder();
    PageJson json = new PageJson();
    PageParser parser = new PageParser();
    PathLayouts layouts = new PathLayouts(new ResourceLoader());

    List<Page> samples = new ArrayList<>();
    try (Stream<Path> files = Files.walk(repo.resolve("samples"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        samples.add(parser.parse(Files.readAllBytes(file), file.toString(), layouts.hints(file)));
      }
    }
    line(
        report,
        "## Segmenters on the %d sample articles%n",
        samples.stream().mapToInt(p -> p.articles().size()).sum());
    line(
        report,
        "| segmenter | load ms | names found | random 2–4 char runs found | chars/s |%n|---|---|---|---|---|%n");
    List<SegmenterComparison.Result> segmenters =
        flag(args, "--no-segmenters") ? List.of() : new SegmenterComparison(samples).compare();
    for (SegmenterComparison.Result r : segmenters) {
      line(
          report,
          "| %s | %.0f | %d/%d | %d/%d | %.0f |%n",
          r.segmenter(),
          r.loadMillis(),
          r.namesFound(),
          r.names(),
          r.runsFound(),
          r.runs(),
          r.charsPerSecond());
    }
    System.out.print(report);

    CorpusGenerator generator = new CorpusGenerator(samples, 1);
    Path archiveDir = work.resolve("archive");
    if (flag(args, "--search-only")) {
      // Times searches on the archive an earlier run left under WORK, without ingesting again.
      for (SearchLatency.Result r : searchLatency(generator, archiveDir, queries)) {
        System.out.printf(
            Locale.ROOT,
            "%s: p50 %.1f ms, p99 %.1f ms, mean hits %d%n",
            r.kind(),
            r.p50(),
            r.p99(),
            r.meanHits());
      }
      return;
    }
    Path corpus = work.resolve("corpus-" + pages);
    long start = System.nanoTime();
    List<Path> files = new ArrayList<>(pages);
    long generatedArticles = 0;
    long corpusBytes = 0;
    EpaperTextWriter renderer = new EpaperTextWriter();
    for (int i = 0; i < pages; i++) {
      Page page = generator.page(i);
      generatedArticles += page.articles().size();
      Path file = CorpusGenerator.file(corpus, i);
      files.add(file);
      byte[] bytes = renderer.render(page).getBytes(StandardCharsets.UTF_8);
      corpusBytes += bytes.length;
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
      }
    }
    System.err.printf(
        Locale.ROOT, "generated %d pages in %.0f s%n", pages, (System.nanoTime() - start) / 1e9);

    // As the CLI's ingest: enrichment on unless asked otherwise, on the archive's segmenter.
    WordSegmenter words = new WordSegmenter(new TextFolding());
    ChineseAnalyzers analyzers = new ChineseAnalyzers(words);
    UnaryOperator<Page> enrichment =
        enrich ? new Enricher(new HanLpTagger(words))::enrich : UnaryOperator.identity();
    // Warm up (class loading, dictionaries, JIT) on the first pages, into a scratch archive.
    int warmup = Math.min(pages, intArg(args, "--warmup", 2000));
    delete(archiveDir);
    try (LuceneArchive archive = LuceneArchive.openForWriting(archiveDir, analyzers)) {
      ingestService(parser, json, layouts, archive, threads, enrichment)
          .ingest(files.subList(0, warmup), IngestListener.NONE);
    }
    delete(archiveDir);
    IngestReport ingested;
    String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
    start = System.nanoTime();
    try (LuceneArchive archive = LuceneArchive.openForWriting(archiveDir, analyzers)) {
      IngestService service = ingestService(parser, json, layouts, archive, threads, enrichment);
      ingested =
          service.ingest(
              List.of(corpus),
              new IngestListener() {
                @Override
                public void fileDone(int done) {
                  if (done % 10_000 == 0) {
                    System.err.println("ingested " + done);
                  }
                }
              });
    }
    double ingestSeconds = (System.nanoTime() - start) / 1e9;
    long linesCut = words.linesCut();
    long linesTaken = words.linesTaken();

    Path bareDir = work.resolve("bare");
    delete(bareDir);
    double bareSeconds =
        flag(args, "--no-bare")
            ? Double.NaN
            : BareLuceneBaseline.inOwnJvm(repo, pages, work, threads, warmup);

    List<SearchLatency.Result> latencies = searchLatency(generator, archiveDir, queries);
    ArchiveStats stats;
    try (LuceneArchive archive = LuceneArchive.openForReading(archiveDir, analyzers)) {
      stats = archive.stats();
    }
    System.gc();
    long heapAfterGc = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long heapPeak =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .mapToLong(p -> p.getPeakUsage().getUsed())
            .sum();

    StringBuilder results = new StringBuilder();
    line(results, "%n## Ingest and search, %d generated pages, %d threads%n", pages, threads);
    line(
        results,
        "Load average before ingest: %s; after: %s.%n%n",
        loadBefore,
        Files.readString(Path.of("/proc/loadavg")).strip());
    line(results, "| measure | value |%n|---|---|%n");
    line(
        results,
        "| corpus | %d pages, %d issues, %d articles generated, %.0f MB of page text |%n",
        pages,
        ingested.issues(),
        generatedArticles,
        corpusBytes / 1e6);
    line(
        results,
        "| ingest (read + parse + %s + analyse + index + commit) | %.0f s, **%.0f pages/s** |%n",
        enrich ? "enrich" : "no enrichment",
        ingestSeconds,
        pages / ingestSeconds);
    line(
        results,
        "| articles found by the parser | %d of %d generated; %d files rejected |%n",
        ingested.articles(),
        generatedArticles,
        ingested.rejected().size());
    line(
        results,
        "| lines cut into words (with warm-up) / taken by the index from the tagger's cut | %d / %d |%n",
        linesCut,
        linesTaken);
    line(
        results,
        "| bare Lucene, same files and analyzers (a JVM of its own, same warm-up) | %.0f s, %.0f pages/s |%n",
        bareSeconds,
        pages / bareSeconds);
    line(
        results,
        "| overhead (ingest time / bare time) | **%.2f×** |%n",
        ingestSeconds / bareSeconds);
    line(
        results,
        "| archive on disk | %.0f MB, **%.0f bytes/page** (bare index: %.0f bytes/page) |%n",
        stats.bytesOnDisk() / 1e6,
        stats.bytesOnDisk() / (double) pages,
        Files.exists(bareDir) ? size(bareDir) / (double) pages : Double.NaN);
    line(
        results,
        "| heap after search, after GC / peak | %.0f MB / %.0f MB (max %d MB) |%n",
        heapAfterGc / 1e6,
        heapPeak / 1e6,
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
    line(
        results,
        "%n| query kind | queries | mean hits | p50 ms | p99 ms |%n|---|---|---|---|---|%n");
    for (SearchLatency.Result r : latencies) {
      line(
          results,
          "| %s | %d | %d | %.1f | %.1f |%n",
          r.kind(),
          r.queries(),
          r.meanHits(),
          r.p50(),
          r.p99());
    }
    System.out.print(results);
    report.append(results);
    Files.writeString(work.resolve("report.md"), report, StandardCharsets.UTF_8);
  }

  /** Search latency on the archive at {@code archiveDir}, for runs of the generated text. */
  private static List<SearchLatency.Result> searchLatency(
      CorpusGenerator generator, Path archiveDir, int queries) {
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      generator.page(i * 37).articles().stream()
          .map(Article::paragraphs)
          .forEach(paragraphs::addAll);
    }
    try (LuceneArchive archive = LuceneArchive.openForReading(archiveDir, new ChineseAnalyzers())) {
      ArchiveStats stats = archive.stats();
      return new SearchLatency(archive, paragraphs)
          .measure(queries, 100, stats.firstIssue(), stats.lastIssue());
    }
  }

  private static IngestService ingestService(
      PageParser parser,
      PageJson json,
      PathLayouts layouts,
      LuceneArchive archive,
      int threads,
      UnaryOperator<Page> enrichment) {
    return new IngestService(
        new PageFiles(parser, json),
        layouts,
        json,
        archive,
        IngestOptions.defaults().withThreads(threads),
        enrichment,
        new PdfFiles(),
        PageScans.none());
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
