package baoku.web;

import baoku.archive.ArchivedIssue;
import baoku.archive.ArchivedPage;
import baoku.archive.PaperSummary;
import java.util.List;

/**
 * The front page: the papers held, the chosen paper's latest issue with its first page, and its
 * calendar; {@code latest}, {@code front} and {@code calendar} are {@code null} in an empty
 * archive.
 */
public record HomeModel(
    List<PaperSummary> papers,
    PaperSummary paper,
    ArchivedIssue latest,
    ArchivedPage front,
    MonthCalendar calendar) {
  public HomeModel {
    papers = List.copyOf(papers);
  }
}
