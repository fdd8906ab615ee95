package baoku.ingest;

import java.util.List;

/**
 * What one ingest run added or replaced, every file it refused, and every file it took with a
 * warning, by file name.
 *
 * @param run the run's id, recorded with every page it stored ({@code baoku purge --run})
 * @param skippedFiles files skipped because the archive held their pages from an earlier run
 * @param skippedPages the pages those files had given
 * @param unread files never read because the run was stopped; zero when it ran to the end
 */
public record IngestReport(
    String run,
    long issues,
    long pages,
    long articles,
    long skippedFiles,
    long skippedPages,
    long unread,
    List<Rejection> rejected,
    List<Warning> warned) {
  public IngestReport {
    rejected = List.copyOf(rejected);
    warned = List.copyOf(warned);
  }

  /** Whether the run was stopped before it read every file. */
  public boolean stopped() {
    return unread > 0;
  }
}
