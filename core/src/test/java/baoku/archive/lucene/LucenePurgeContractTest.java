package baoku.archive.lucene;

import baoku.archive.Archive;
import baoku.archive.analysis.ChineseAnalyzers;
import baoku.archive.contract.PurgeContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The purge contract on the embedded store. */
class LucenePurgeContractTest extends PurgeContract {
  @TempDir Path folders;
  private Path current;
  private int made;

  @Override
  protected Archive createArchive() {
    current = folders.resolve("archive-" + ++made);
    return LuceneArchive.openForWriting(current, new ChineseAnalyzers());
  }

  @Override
  protected Archive openReader() {
    return LuceneArchive.openForReading(current, new ChineseAnalyzers());
  }
}
