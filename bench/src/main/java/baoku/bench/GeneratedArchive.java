package baoku.bench;

import baoku.archive.IssueId;
import baoku.archive.analysis.ChineseAnalyzers;
import baoku.archive.lucene.LuceneArchive;
import baoku.page.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * An archive of {@code pages} generated pages, put straight into the store (no text rendering or
 * parsing: the reader benchmark measures serving, not ingest). Built once per size and kept: a
 * marker file says the build finished, and a build stopped half-way resumes after its last commit.
 */
final class GeneratedArchive {
  private GeneratedArchive() {}

  static Path build(CorpusGenerator generator, int pages, Path dir, int threads)
      throws IOException, InterruptedException {
    Path done = dir.resolve("complete-" + pages);
    if (Files.exists(done)) {
      return dir;
    }
    long start = System.nanoTime();
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    try (LuceneArchive archive = LuceneArchive.openForWriting(dir, new ChineseAnalyzers())) {
      List<Future<?>> batch = new ArrayList<>();
      for (int first = 0; first < pages; first += CorpusGenerator.PAGES_PER_ISSUE) {
        int from = first;
        int to = Math.min(pages, first + CorpusGenerator.PAGES_PER_ISSUE);
        batch.add(workers.submit(() -> putIssue(generator, archive, from, to)));
        if (batch.size() == 500) {
          await(batch);
          archive.commit();
          System.err.printf(
              java.util.Locale.ROOT,
              "put %d pages in %.0f s%n",
              to,
              (System.nanoTime() - start) / 1e9);
        }
      }
      await(batch);
    } finally {
      workers.shutdownNow();
    }
    Files.writeString(done, "");
    return dir;
  }

  /** Puts one issue, unless a build that was stopped half-way has already committed it. */
  private static void putIssue(CorpusGenerator generator, LuceneArchive archive, int from, int to) {
    Page first = generator.page(from);
    IssueId id = new IssueId(first.issue().paper(), first.issue().date());
    if (archive.issue(id).isPresent()) {
      return;
    }
    List<Page> issue = new ArrayList<>(to - from);
    issue.add(first);
    for (int i = from + 1; i < to; i++) {
      issue.add(generator.page(i));
    }
    archive.put(id, issue);
  }

  private static void await(List<Future<?>> batch) throws InterruptedException {
    try {
      for (Future<?> task : batch) {
        task.get();
      }
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
    batch.clear();
  }
}
