package baoku.archive;

import baoku.words.WordSegmenter;

/**
 * One kind of store an archive can live in (a folder on disk, a search cluster). Stores are found
 * with {@link java.util.ServiceLoader}, so a module that adds one needs no change here.
 */
public interface ArchiveStore {
  /** Whether {@code location} names an archive of this kind. */
  boolean accepts(String location);

  /** Opens (creating if need be) the archive at {@code location} to write and read it. */
  Archive openForWriting(String location);

  /**
   * Opens to write, cutting words with {@code words}: an ingest that enriches pages with a tagger
   * on the same segmenter has each line cut once. A store that does not cut words itself ignores
   * it.
   */
  default Archive openForWriting(String location, WordSegmenter words) {
    return openForWriting(location);
  }

  /** Opens an existing archive to read; it follows commits made later by a writer. */
  Archive openForReading(String location);

  /** {@code location} as it may be printed: never with a password or key in it. */
  default String describe(String location) {
    return location;
  }
}
