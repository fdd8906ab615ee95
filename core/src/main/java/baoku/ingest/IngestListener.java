package baoku.ingest;

/** Follows an ingest run, for progress display. Called from worker threads. */
public interface IngestListener {
  /** The run found {@code files} page files to read. */
  default void started(int files) {}

  /** One more file was read and stored or rejected; {@code done} of them so far. */
  default void fileDone(int done) {}

  default void rejected(Rejection rejection) {}

  /** A file was stored, but may not be a page of a newspaper. */
  default void warned(Warning warning) {}

  /** Everything stored so far, {@code pages} pages in all, is now committed. */
  default void committed(long pages) {}

  IngestListener NONE = new IngestListener() {};
}
