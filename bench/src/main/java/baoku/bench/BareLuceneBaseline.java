package baoku.bench;

import baoku.archive.analysis.ChineseAnalyzers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 */
final class BareLuceneBaseline {
  private final ChineseAnalyzers analyzers;
  private final int threads;

  BareLuceneBaseline(ChineseAnalyzers analyzers, int threads) {
    this.analyzers = analyzers;
    this.threads = threads;
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
