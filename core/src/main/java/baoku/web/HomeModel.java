package baoku.web;

import baoku.archive.ArchivedIssue;
import baoku.archive.PaperSummary;
import java.util.List;

/**
 * The front page: the papers held, the chosen paper's latest issue with the headlines of its first
 * page, and its calendar; {@code latest}, {@code front} and {@code calendar} are {@code null} in an
 * empty archive, {@code front} also when the latest issue holds no page; {@code holdings} is what
 * the whole archive holds.
 */
public record HomeModel(
    List<PaperSummary> papers,
    PaperSummary paper,
    ArchivedIssue latest,
    PageHeadlines front,
    MonthCalendar calendar,
    Holdings holdings) {
  public HomeModel {
    papers = List.copyOf(papers);
  }
}
