package baoku.bench;

import static baoku.bench.BenchArgs.intArg;
import static baoku.bench.BenchArgs.stringArg;
import static baoku.bench.BenchReport.delete;
import static baoku.bench.BenchReport.line;

import baoku.archive.ArchiveStats;
import baoku.archive.PaperSummary;
import baoku.archive.PurgeReport;
import baoku.archive.PurgeSelection;
import baoku.archive.analysis.ChineseAnalyzers;
import baoku.archive.lucene.LuceneArchive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * {@code purge.sh [--pages N] [--work DIR] [--paper NAME] [--archive DIR]}: the purge of one paper
 * from an archive of N generated pages (default 100000; built once under WORK as the reader
 * benchmark builds it, and reused; or an archive built before, named with --archive). The archive
 * is copied first, so the built one stays whole; the purge is timed from the call to its commit.
 * Prints a Markdown table.
 */
public final class PurgeBench {
  private PurgeBench() {}

  public static void main(String[] args) throws Exception {
    Path repo = Path.of(args[0]);
    int pages = intArg(args, "--pages", 100_000);
    int threads = intArg(args, "--threads", Runtime.getRuntime().availableProcessors());
    Path work = Path.of(stringArg(args, "--work", "/tmp/baoku-reader-bench"));
    Files.createDirectories(work);
    // --archive names one built before (by reader.sh, say), which is only read.
    String given = stringArg(args, "--archive", null);
    Path built =
        given != null
            ? Path.of(given)
            : GeneratedArchive.build(
                new CorpusGenerator(ReaderBench.samples(repo), 1),
                pages,
                work.resolve("archive-" + pages),
                threads);
    Path copy = work.resolve("purge-copy");
    delete(copy);
    copyTree(built.resolve("index"), copy.resolve("index"));

    StringBuilder report = new StringBuilder();
    ChineseAnalyzers analyzers = new ChineseAnalyzers();
    LuceneArchive archive = LuceneArchive.openForWriting(copy, analyzers);
    ArchiveStats before = archive.stats();
    String paper =
        stringArg(
            args,
            "--paper",
            before.papers().stream()
                .max(Comparator.comparingLong(PaperSummary::issues))
                .orElseThrow()
                .paper());
    long start = System.nanoTime();
    PurgeReport purged = archive.purge(PurgeSelection.paper(paper));
    double seconds = (System.nanoTime() - start) / 1e9;
    ArchiveStats after = archive.stats();
    // Closing waits for the merges the deletes set off, which the purge itself does not.
    start = System.nanoTime();
    archive.close();
    double closing = (System.nanoTime() - start) / 1e9;
    line(
        report,
        "| archive pages | paper | pages removed | articles removed | issues removed | pages left"
            + " | purge s | close s |%n|---|---|---|---|---|---|---|---|%n");
    line(
        report,
        "| %,d | %s | %,d | %,d | %,d | %,d | %.2f | %.2f |%n",
        before.pages(),
        paper,
        purged.pages().size(),
        purged.articles(),
        purged.issuesRemoved(),
        after.pages(),
        seconds,
        closing);
    delete(copy);
    System.out.print(report);
    Files.writeString(work.resolve("purge-report.md"), report);
  }

  private static void copyTree(Path from, Path to) throws java.io.IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (!file.getFileName().toString().equals("write.lock")) {
          Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
