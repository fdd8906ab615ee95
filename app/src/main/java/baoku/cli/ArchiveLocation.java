package baoku.cli;

import baoku.archive.Archive;
import baoku.archive.ArchiveException;
import baoku.archive.Archives;
import baoku.archive.scans.FolderPageScans;
import baoku.archive.scans.PageScans;
import baoku.words.WordSegmenter;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Option;

/**
 * The {@code --archive} option shared by the archive commands: a folder (the embedded store) or
 * {@code http(s)://HOST:PORT[/NAME]} (an OpenSearch cluster); every command works on both.
 */
final class ArchiveLocation {
  /**
   * Lucene logs a hint about the vector module on every start; a command line should print only its
   * answer. Held here so that the logger, and so its level, is not collected.
   */
  private static final Logger LUCENE_VECTOR_HINT =
      quiet("org.apache.lucene.internal.vectorization");

  @Option(
      names = "--archive",
      paramLabel = "DIR|URL",
      defaultValue = "${env:BAOKU_ARCHIVE:-baoku-archive}",
      description = {
        "The archive: a folder, or http(s)://HOST:PORT[/NAME] of an OpenSearch cluster",
        "(default: $BAOKU_ARCHIVE, else ./baoku-archive). A cluster's sign-in comes from",
        "BAOKU_OPENSEARCH_USER and BAOKU_OPENSEARCH_PASSWORD, or BAOKU_OPENSEARCH_API_KEY."
      })
  String location;

  /** The folder beside a folder archive's index that holds its page images. */
  static final String SCANS = "scans";

  private final Archives archives = Archives.installed();

  /** The mixin as picocli fills it. */
  ArchiveLocation() {}

  /** A location chosen otherwise than by this option (the demo's own default, say). */
  ArchiveLocation(String location) {
    this.location = location;
  }

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.SEVERE);
    return logger;
  }

  /**
   * Where page images, thumbnails and PDFs of PDF pages are kept: beside a folder archive's index;
   * for a cluster, in the folder that {@code BAOKU_SCANS} names (a share every reader can see), or
   * nowhere, when it names none.
   */
  PageScans scans() {
    if (archives.isFolder(location)) {
      return new FolderPageScans(Path.of(location).resolve(SCANS));
    }
    String shared = System.getenv("BAOKU_SCANS");
    return shared == null || shared.isBlank()
        ? PageScans.none()
        : new FolderPageScans(Path.of(shared));
  }

  /** The archive's folder, for what only the embedded store does (backup, restore). */
  Path folder() {
    if (!archives.isFolder(location)) {
      throw new ArchiveException(
          describe()
              + " is a cluster: backup and restore work on folder archives; back up a cluster"
              + " with OpenSearch's snapshot repositories");
    }
    return Path.of(location);
  }

  Archive openForWriting() {
    return archives.openForWriting(location);
  }

  /** To write, cutting words with {@code words}, which the enricher's tagger shares. */
  Archive openForWriting(WordSegmenter words) {
    return archives.openForWriting(location, words);
  }

  Archive openForReading() {
    return archives.openForReading(location);
  }

  /** The location as it may be printed. */
  String describe() {
    return archives.describe(location);
  }
}
