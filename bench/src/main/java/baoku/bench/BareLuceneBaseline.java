package baoku.bench;

import static baoku.bench.BenchArgs.intArg;
import static baoku.bench.BenchArgs.stringArg;
import static baoku.bench.BenchReport.delete;

import baoku.archive.analysis.ChineseAnalyzers;
import baoku.words.TextFolding;
import baoku.words.WordSegmenter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The floor to compare ingest with: the same files, read and indexed whole with the same two
 * analysis chains (words and bigrams), one document per page, nothing parsed, stored or faceted.
 *
 * <p>It runs in a JVM of its own, warmed up on the same first pages as the ingest. Run after the
 * ingest in the ingest's JVM, it was about a tenth slower: the code the two share had been compiled
 * for the ingest's many kinds of field and call, and the heap held what the ingest left.
 */
final class BareLuceneBaseline {
  private final ChineseAnalyzers analyzers;
  private final int threads;

  BareLuceneBaseline(ChineseAnalyzers analyzers, int threads) {
    this.analyzers = analyzers;
    this.threads = threads;
  }

  /**
   * Runs {@link #main} in a new JVM with this one's settings and returns the seconds its timed run
   * took.
   */
  static double inOwnJvm(Path repo, int pages, Path work, int threads, int warmup)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            BenchMain.class.getName(),
            repo.toString(),
            "--bare-only",
            "--pages",
            String.valueOf(pages),
            "--work",
            work.toString(),
            "--threads",
            String.valueOf(threads),
            "--warmup",
            String.valueOf(warmup)));
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("bare Lucene run failed: " + out);
    }
    return Double.parseDouble(out.strip().substring(SECONDS.length()));
  }

  private static final String SECONDS = "bare seconds ";

  /**
   * {@code REPO --bare-only --pages N --work DIR --threads N --warmup N}: indexes the corpus a
   * benchmark generated under DIR, first its first pages into a scratch index, then all of it, and
   * prints the seconds of the second.
   */
  static void main(String[] args) throws Exception {
    int pages = intArg(args, "--pages", 100_000);
    Path work = Path.of(stringArg(args, "--work", "/tmp/baoku-bench"));
    int threads = intArg(args, "--threads", Runtime.getRuntime().availableProcessors());
    int warmup = Math.min(pages, intArg(args, "--warmup", 2000));
    List<Path> files = new ArrayList<>(pages);
    for (int i = 0; i < pages; i++) {
      files.add(CorpusGenerator.file(work.resolve("corpus-" + pages), i));
    }
    BareLuceneBaseline bare =
        new BareLuceneBaseline(new ChineseAnalyzers(new WordSegmenter(new TextFolding())), threads);
    Path scratch = work.resolve("bare-warmup");
    delete(scratch);
    bare.index(files.subList(0, warmup), scratch);
    delete(scratch);
    Path dir = work.resolve("bare");
    delete(dir);
    System.out.println(SECONDS + bare.index(files, dir));
  }

  /** Indexes the files into {@code dir}, returning the seconds taken. */
  double index(List<Path> files, Path dir) throws Exception {
    Analyzer analyzer =
        new PerFieldAnalyzerWrapper(
            new KeywordAnalyzer(),
            Map.of("body", analyzers.words(), "body.bigram", analyzers.bigrams()));
    long start = System.nanoTime();
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64))) {
      AtomicInteger next = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> tasks =
            java.util.stream.IntStream.range(0, threads)
                .<Future<?>>mapToObj(t -> pool.submit(() -> work(files, next, writer)))
                .toList();
        for (Future<?> task : tasks) {
          task.get();
        }
      } finally {
        pool.shutdownNow();
      }
      writer.commit();
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static void work(List<Path> files, AtomicInteger next, IndexWriter writer) {
    try {
      for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
        String text = new String(Files.readAllBytes(files.get(i)), StandardCharsets.UTF_8);
        Document doc = new Document();
        doc.add(new TextField("body", text, Field.Store.NO));
        doc.add(new TextField("body.bigram", text, Field.Store.NO));
        writer.addDocument(doc);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
