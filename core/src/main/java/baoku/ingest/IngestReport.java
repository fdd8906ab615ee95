package baoku.ingest;

import java.util.List;

/** What one ingest run added or replaced, and every file it refused, by file name. */
public record IngestReport(long issues, long pages, long articles, List<Rejection> rejected) {
  public IngestReport {
    rejected = List.copyOf(rejected);
  }
}
