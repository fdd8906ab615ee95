package baoku.ingest;

import java.util.List;

/**
 * What one ingest run added or replaced, every file it refused, and every file it took with a
 * warning, by file name.
 */
public record IngestReport(
    long issues, long pages, long articles, List<Rejection> rejected, List<Warning> warned) {
  public IngestReport {
    rejected = List.copyOf(rejected);
    warned = List.copyOf(warned);
  }
}
