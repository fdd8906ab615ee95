package baoku.ingest;

/** A file that was not ingested, and why, in one line. */
public record Rejection(String file, String reason) {
  @Override
  public String toString() {
    return file + ": " + reason;
  }
}
