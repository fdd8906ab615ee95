package baoku.bench;

import static baoku.bench.BenchArgs.intArg;
import static baoku.bench.BenchArgs.stringArg;
import static baoku.bench.BenchReport.line;

import baoku.archive.ArchiveStats;
import baoku.archive.analysis.ChineseAnalyzers;
import baoku.archive.lucene.LuceneArchive;
import baoku.ingest.PathLayouts;
import baoku.page.Page;
import baoku.parse.PageParser;
import baoku.resource.ResourceLoader;
import baoku.web.ReaderServer;
import baoku.web.ReaderSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code reader.sh REPO [--pages N] [--work DIR] [--seconds S] [--connections C] [--only WORD]
 * [--mixed-only | --no-mixed] [--no-people] [--build-only]}: the web reader under load, person
 * pages among the rest. Builds (once) an archive of N generated pages and serves it on loopback.
 * Then, for S seconds, C connections shared out between every kind of page and API call at once
 * (not with {@code --no-mixed}); then each kind alone with C connections for S seconds (not with
 * {@code --mixed-only}). Prints Markdown tables. {@code --build-only} stops after building the
 * archive.
 */
public final class ReaderBench {
  private ReaderBench() {}

  public static void main(String[] args) throws Exception {
    Path repo = Path.of(args[0]);
    int pages = intArg(args, "--pages", 100_000);
    int seconds = intArg(args, "--seconds", 60);
    int connections = intArg(args, "--connections", 50);
    int threads = intArg(args, "--threads", Runtime.getRuntime().availableProcessors());
    Path work = Path.of(stringArg(args, "--work", "/tmp/baoku-reader-bench"));
    Files.createDirectories(work);

    CorpusGenerator generator = new CorpusGenerator(samples(repo), 1);
    Path dir = GeneratedArchive.build(generator, pages, work.resolve("archive-" + pages), threads);
    if (List.of(args).contains("--build-only")) {
      return;
    }
    ReaderUrls urls = new ReaderUrls(generator, pages);
    int n = 5000;
    Map<String, List<String>> scenarios = new LinkedHashMap<>();
    scenarios.put("article page", urls.articles(n, ""));
    scenarios.put("page page", urls.pages(n, ""));
    scenarios.put("issue page", urls.issues(n, ""));
    scenarios.put("search page", urls.searches(n, "/search"));
    scenarios.put("API article", urls.articles(n, "/api/v1/articles"));
    scenarios.put("API page", urls.pages(n, "/api/v1/pages"));
    scenarios.put("API issue", urls.issues(n, "/api/v1/issues"));
    scenarios.put("API search", urls.searches(n, "/api/v1/search"));
    scenarios.put("home page", List.of("/"));
    // --no-people leaves them out, to see what they add to the other kinds' latency.
    if (!List.of(args).contains("--no-people")) {
      scenarios.put("person page", urls.people(n, "/people"));
      scenarios.put("API person", urls.people(n, "/api/v1/people"));
    }

    StringBuilder report = new StringBuilder();
    try (LuceneArchive archive = LuceneArchive.openForReading(dir, new ChineseAnalyzers());
        ReaderServer server = ReaderServer.start(archive, ReaderSettings.loopback(0))) {
      ArchiveStats stats = archive.stats();
      String base = server.url().replaceAll("/$", "");
      Wrk wrk = new Wrk(work, connections, 2);
      // JIT and page cache: a short mixed run that is not counted.
      List<String> warmup = new ArrayList<>();
      scenarios
          .values()
          .forEach(list -> warmup.addAll(list.subList(0, Math.min(500, list.size()))));
      wrk.run(base, "warmup", warmup, Math.min(20, seconds));
      line(
          report,
          "%d pages, %d issues, %d articles, %.0f MB on disk; server and wrk on one machine with %d"
              + " cores; load average before: %s%n%n",
          stats.pages(),
          stats.issues(),
          stats.articles(),
          stats.bytesOnDisk() / 1e6,
          Runtime.getRuntime().availableProcessors(),
          Files.readString(Path.of("/proc/loadavg")).strip());
      if (!List.of(args).contains("--no-mixed")) {
        mixed(report, wrk, base, scenarios, connections, seconds);
      }
      // --only WORD keeps the rows whose name holds WORD (--only search: the two search rows);
      // the warm-up above still takes every kind of request, as a full run's does.
      String only = stringArg(args, "--only", "");
      // A name no page prints costs one term lookup; measured alone, as its 404s would count as
      // errors in the mixed load.
      scenarios.put("unknown person (404)", urls.unknownPeople(n, "/people"));
      scenarios.keySet().removeIf(name -> !name.contains(only));
      if (!List.of(args).contains("--mixed-only")) {
        line(
            report,
            "%nOne kind at a time: %d connections (wrk, 2 threads) for %d s per row.%n%n",
            connections,
            seconds);
        header(report);
        for (var scenario : scenarios.entrySet()) {
          Wrk.Result r =
              wrk.run(base, scenario.getKey().replace(' ', '-'), scenario.getValue(), seconds);
          row(report, scenario.getKey(), r);
          System.err.println(scenario.getKey() + " done");
        }
      }
      line(
          report, "%nLoad average after: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
    }
    System.out.print(report);
    Files.writeString(work.resolve("reader-report.md"), report, StandardCharsets.UTF_8);
  }

  /**
   * Every kind of request at once, as a site's readers make them: the connections are shared out
   * evenly between the kinds (the two search rows get two shares in eleven, the two person rows
   * two), one wrk per kind, all for the same seconds; each row is that kind's latency under the
   * whole load.
   */
  private static void mixed(
      StringBuilder report,
      Wrk wrk,
      String base,
      Map<String, List<String>> scenarios,
      int connections,
      int seconds)
      throws Exception {
    line(
        report,
        "All kinds at once: %d connections shared out evenly between the %d kinds (one wrk, one"
            + " thread, each), %d s.%n%n",
        connections,
        scenarios.size(),
        seconds);
    header(report);
    Map<String, Wrk.Running> running = new LinkedHashMap<>();
    int i = 0;
    for (var scenario : scenarios.entrySet()) {
      int share = connections / scenarios.size() + (i++ < connections % scenarios.size() ? 1 : 0);
      String name = "mixed-" + scenario.getKey().replace(' ', '-');
      running.put(scenario.getKey(), wrk.start(base, name, scenario.getValue(), seconds, share, 1));
    }
    long requests = 0;
    long errors = 0;
    for (var run : running.entrySet()) {
      Wrk.Result r = run.getValue().result();
      row(report, run.getKey(), r);
      requests += r.requests();
      errors += r.non2xx() + r.socketErrors();
    }
    line(
        report,
        "%nIn all: %d requests, %.0f a second, %d errors.%n",
        requests,
        requests / (double) seconds,
        errors);
    System.err.println("mixed done");
  }

  private static void header(StringBuilder report) {
    line(report, "| request | connections | requests | req/s | p50 ms | p99 ms | errors |%n");
    line(report, "|---|---|---|---|---|---|---|%n");
  }

  private static void row(StringBuilder report, String name, Wrk.Result r) {
    line(
        report,
        "| %s | %d | %d | %.0f | %.1f | %.1f | %d |%n",
        name,
        r.connections(),
        r.requests(),
        r.perSecond(),
        r.p50(),
        r.p99(),
        r.non2xx() + r.socketErrors());
  }

  static List<Page> samples(Path repo) throws Exception {
    PageParser parser = new PageParser();
    PathLayouts layouts = new PathLayouts(new ResourceLoader());
    List<Page> samples = new ArrayList<>();
    try (Stream<Path> files = Files.walk(repo.resolve("samples"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        samples.add(parser.parse(Files.readAllBytes(file), file.toString(), layouts.hints(file)));
      }
    }
    return samples;
  }
}
