package baoku.archive;

/**
 * One kind of store an archive can live in (a folder on disk, a search cluster). Stores are found
 * with {@link java.util.ServiceLoader}, so a module that adds one needs no change here.
 */
public interface ArchiveStore {
  /** Whether {@code location} names an archive of this kind. */
  boolean accepts(String location);

  /** Opens (creating if need be) the archive at {@code location} to write and read it. */
  Archive openForWriting(String location);

  /** Opens an existing archive to read; it follows commits made later by a writer. */
  Archive openForReading(String location);

  /** {@code location} as it may be printed: never with a password or key in it. */
  default String describe(String location) {
    return location;
  }
}
