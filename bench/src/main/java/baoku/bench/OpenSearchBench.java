package baoku.bench;

import static baoku.bench.BenchArgs.intArg;
import static baoku.bench.BenchArgs.stringArg;
import static baoku.bench.BenchReport.delete;
import static baoku.bench.BenchReport.line;

import baoku.archive.Archive;
import baoku.archive.ArchiveStats;
import baoku.archive.Archives;
import baoku.archive.analysis.ChineseAnalyzers;
import baoku.archive.lucene.LuceneArchive;
import baoku.archive.opensearch.LocalCluster;
import baoku.ingest.IngestListener;
import baoku.ingest.IngestOptions;
import baoku.ingest.IngestReport;
import baoku.ingest.IngestService;
import baoku.ingest.PageFiles;
import baoku.ingest.PathLayouts;
import baoku.page.Article;
import baoku.page.Page;
import baoku.page.PageJson;
import baoku.parse.PageParser;
import baoku.resource.ResourceLoader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code run-opensearch.sh REPO [--pages N] [--work DIR] [--threads N] [--queries N] [--nodes N]}:
 * the same generated corpus as {@link BenchMain}, ingested into the embedded store and into a local
 * cluster (in this JVM, two shards with one replica), then the same searches timed on both.
 */
public final class OpenSearchBench {
  private static final String ARCHIVE = "bench";

  private OpenSearchBench() {}

  public static void main(String[] args) throws Exception {
    Path repo = Path.of(args[0]);
    int pages = intArg(args, "--pages", 100_000);
    int threads = intArg(args, "--threads", Runtime.getRuntime().availableProcessors());
    int queries = intArg(args, "--queries", 300);
    int nodes = intArg(args, "--nodes", 2);
    Path work = Path.of(stringArg(args, "--work", "/tmp/baoku-os-bench"));
    PageJson json = new PageJson();
    PageParser parser = new PageParser();
    PathLayouts layouts = new PathLayouts(new ResourceLoader());

    List<Page> samples = new ArrayList<>();
    try (Stream<Path> files = Files.walk(repo.resolve("samples"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        samples.add(parser.parse(Files.readAllBytes(file), file.toString(), layouts.hints(file)));
      }
    }
    CorpusGenerator generator = new CorpusGenerator(samples, 1);
    Path corpus = work.resolve("corpus-" + pages);
    List<Path> files = generate(generator, corpus, pages);
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      generator.page(i * 37).articles().stream()
          .map(Article::paragraphs)
          .forEach(paragraphs::addAll);
    }
    int warmup = Math.min(pages, intArg(args, "--warmup", 2000));

    StringBuilder report = new StringBuilder();
    line(
        report,
        "## OpenSearch beside the embedded store, %d generated pages, %d ingest threads%n%n",
        pages,
        threads);
    line(
        report,
        "| store | ingest s | pages/s | articles | bytes/article (primaries) | bytes/article (all"
            + " copies) |%n|---|---|---|---|---|---|%n");

    Path folder = work.resolve("embedded");
    // --reuse-embedded: the embedded archive of an earlier run of the same size, searched only.
    boolean reuse = List.of(args).contains("--reuse-embedded");
    Run embedded =
        reuse
            ? new Run(Double.NaN)
            : run(
                "embedded (folder)",
                () -> LuceneArchive.openForWriting(folder, new ChineseAnalyzers()),
                files,
                warmup,
                threads,
                parser,
                json,
                layouts,
                report,
                () -> {
                  delete(folder);
                  return null;
                });
    List<SearchLatency.Result> embeddedLatency;
    try (Archive archive = LuceneArchive.openForReading(folder, new ChineseAnalyzers())) {
      embeddedLatency = latency(archive, paragraphs, queries);
    }

    List<SearchLatency.Result> clusterLatency;
    long started = System.nanoTime();
    try (LocalCluster cluster =
        LocalCluster.start(new LocalCluster.Options(nodes, 0, work.resolve("cluster"), null))) {
      System.err.printf(
          Locale.ROOT,
          "cluster of %d nodes up in %.0f s%n",
          nodes,
          (System.nanoTime() - started) / 1e9);
      Archives archives = Archives.installed();
      String url = cluster.url() + "/" + ARCHIVE;
      String create = url + "?shards=2&replicas=" + Math.min(1, nodes - 1);
      run(
          "OpenSearch, " + nodes + " nodes, 2 shards × " + (1 + Math.min(1, nodes - 1)),
          () -> archives.openForWriting(create),
          files,
          warmup,
          threads,
          parser,
          json,
          layouts,
          report,
          () -> {
            call(cluster.url(), "DELETE", "/" + ARCHIVE + "-*");
            call(cluster.url(), "DELETE", "/_index_template/baoku-" + ARCHIVE);
            return null;
          });
      call(cluster.url(), "POST", "/" + ARCHIVE + "/_flush");
      String store = call(cluster.url(), "GET", "/" + ARCHIVE + "/_stats/store");
      try (Archive archive = archives.openForReading(url)) {
        long articles = archive.stats().articles();
        line(
            report,
            "| (after flush) OpenSearch store | | | %d | %.0f | %.0f |%n",
            articles,
            storeBytes(store, "primaries") / (double) articles,
            storeBytes(store, "total") / (double) articles);
        clusterLatency = latency(archive, paragraphs, queries);
      }
    }
    line(
        report,
        "%nEmbedded ingest %.0f pages/s%s. Load average at the end: %s.%n",
        embedded.pagesPerSecond(),
        reuse ? " (reused from an earlier run)" : "",
        Files.readString(Path.of("/proc/loadavg")).strip());
    line(
        report,
        "%n| query kind | queries | mean hits | embedded p50 ms | embedded p99 ms | OpenSearch p50 ms"
            + " | OpenSearch p99 ms |%n|---|---|---|---|---|---|---|%n");
    for (int i = 0; i < embeddedLatency.size(); i++) {
      SearchLatency.Result e = embeddedLatency.get(i);
      SearchLatency.Result c = clusterLatency.get(i);
      line(
          report,
          "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n",
          e.kind(),
          e.queries(),
          e.meanHits(),
          e.p50(),
          e.p99(),
          c.p50(),
          c.p99());
    }
    System.out.print(report);
    Files.writeString(work.resolve("report-opensearch.md"), report, StandardCharsets.UTF_8);
  }

  private record Run(double pagesPerSecond) {}

  private interface Opener {
    Archive open() throws IOException;
  }

  private interface Reset {
    Void reset() throws IOException;
  }

  private static Run run(
      String name,
      Opener opener,
      List<Path> files,
      int warmup,
      int threads,
      PageParser parser,
      PageJson json,
      PathLayouts layouts,
      StringBuilder report,
      Reset reset)
      throws IOException {
    // Warm up (class loading, dictionaries, JIT) on the first pages, then start afresh.
    reset.reset();
    try (Archive archive = opener.open()) {
      service(archive, threads, parser, json, layouts)
          .ingest(files.subList(0, warmup), IngestListener.NONE);
    }
    reset.reset();
    long start = System.nanoTime();
    IngestReport ingested;
    ArchiveStats stats;
    try (Archive archive = opener.open()) {
      ingested =
          service(archive, threads, parser, json, layouts)
              .ingest(
                  files,
                  new IngestListener() {
                    @Override
                    public void fileDone(int done) {
                      if (done % 5_000 == 0) {
                        System.err.println(name + ": ingested " + done);
                      }
                    }
                  });
      archive.commit();
      stats = archive.stats();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    line(
        report,
        "| %s | %.0f | **%.0f** | %d | %.0f | |%n",
        name,
        seconds,
        files.size() / seconds,
        ingested.articles(),
        stats.bytesOnDisk() / (double) Math.max(1, stats.articles()));
    System.err.print(report);
    return new Run(files.size() / seconds);
  }

  private static IngestService service(
      Archive archive, int threads, PageParser parser, PageJson json, PathLayouts layouts) {
    return new IngestService(
        new PageFiles(parser, json),
        layouts,
        json,
        archive,
        IngestOptions.defaults().withThreads(threads));
  }

  private static List<SearchLatency.Result> latency(
      Archive archive, List<String> paragraphs, int queries) {
    ArchiveStats stats = archive.stats();
    return new SearchLatency(archive, paragraphs)
        .measure(queries, 100, stats.firstIssue(), stats.lastIssue());
  }

  private static List<Path> generate(CorpusGenerator generator, Path corpus, int pages)
      throws IOException {
    List<Path> files = new ArrayList<>(pages);
    EpaperTextWriter renderer = new EpaperTextWriter();
    for (int i = 0; i < pages; i++) {
      Path file =
          corpus
              .resolve(CorpusGenerator.paper(i))
              .resolve(CorpusGenerator.date(i).toString())
              .resolve(String.format(Locale.ROOT, "%02d.txt", CorpusGenerator.pageNumber(i)));
      files.add(file);
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, renderer.render(generator.page(i)), StandardCharsets.UTF_8);
      }
    }
    return files;
  }

  private static long storeBytes(String stats, String section) {
    Matcher m =
        Pattern.compile("\"" + section + "\":\\{\"store\":\\{\"size_in_bytes\":(\\d+)")
            .matcher(stats);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  private static String call(String base, String method, String path) throws IOException {
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client
          .send(
              HttpRequest.newBuilder(URI.create(base + path))
                  .method(method, HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
