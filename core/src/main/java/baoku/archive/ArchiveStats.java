package baoku.archive;

import java.time.LocalDate;
import java.util.List;

/** What an archive holds; dates are {@code null} in an empty archive. */
public record ArchiveStats(
    List<PaperSummary> papers,
    LocalDate firstIssue,
    LocalDate lastIssue,
    long issues,
    long pages,
    long articles,
    long bytesOnDisk) {
  public ArchiveStats {
    papers = List.copyOf(papers);
  }
}
