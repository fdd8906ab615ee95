package baoku.cli;

import baoku.archive.analysis.ChineseAnalyzers;
import baoku.archive.lucene.LuceneArchive;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Option;

/** The {@code --archive DIR} option shared by the archive commands. */
final class ArchiveLocation {
  /**
   * Lucene logs a hint about the vector module on every start; a command line should print only its
   * answer. Held here so that the logger, and so its level, is not collected.
   */
  private static final Logger LUCENE_VECTOR_HINT =
      quiet("org.apache.lucene.internal.vectorization");

  @Option(
      names = "--archive",
      paramLabel = "DIR",
      defaultValue = "${env:BAOKU_ARCHIVE:-baoku-archive}",
      description = "The archive folder (default: $BAOKU_ARCHIVE, else ./baoku-archive).")
  Path dir;

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.SEVERE);
    return logger;
  }

  /** Where page images and PDFs are kept, beside the index. */
  Path scans() {
    return dir.resolve("scans");
  }

  LuceneArchive openForWriting() {
    return LuceneArchive.openForWriting(dir, new ChineseAnalyzers());
  }

  LuceneArchive openForReading() {
    return LuceneArchive.openForReading(dir, new ChineseAnalyzers());
  }
}
