package baoku.ingest;

/** A file that was ingested but may not be what it should, and why, in one line. */
public record Warning(String file, String reason) {
  @Override
  public String toString() {
    return new Rejection(file, reason).toString();
  }
}
