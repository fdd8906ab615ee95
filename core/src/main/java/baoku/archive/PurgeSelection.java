package baoku.archive;

import java.time.LocalDate;

/**
 * What a purge removes: the pages of one paper, of a date range (within one paper, if it is named
 * too), or the pages one ingest run put and no later run replaced. Every field names a condition; a
 * page is removed when it meets all that are set.
 *
 * @param paper a paper's name, or {@code null}
 * @param from the first date removed, or {@code null} (no lower bound)
 * @param to the last date removed, or {@code null} (no upper bound)
 * @param run an ingest run's id, or {@code null}
 */
public record PurgeSelection(String paper, LocalDate from, LocalDate to, String run) {
  public PurgeSelection {
    if (paper == null && from == null && to == null && run == null) {
      throw new IllegalArgumentException("a purge names a paper, a date range or a run");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException(
          "the range ends (" + to + ") before it starts (" + from + ")");
    }
    if (paper != null) {
      PaperNames.problem(paper)
          .ifPresent(
              problem -> {
                throw new IllegalArgumentException(problem);
              });
    }
    if (run != null && run.isBlank()) {
      throw new IllegalArgumentException("a run id is not blank");
    }
  }

  public static PurgeSelection paper(String paper) {
    return new PurgeSelection(paper, null, null, null);
  }

  public static PurgeSelection dates(LocalDate from, LocalDate to) {
    return new PurgeSelection(null, from, to, null);
  }

  public static PurgeSelection run(String run) {
    return new PurgeSelection(null, null, null, run);
  }

  /** Whether whole issues go: every condition but a run's holds for all pages of an issue alike. */
  public boolean wholeIssues() {
    return run == null;
  }

  /** The selection as a user would type it, for the log and for messages. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    if (paper != null) {
      text.append("paper ").append(paper);
    }
    if (from != null || to != null) {
      text.append(text.isEmpty() ? "" : ", ")
          .append("dates ")
          .append(from == null ? "…" : from)
          .append(" to ")
          .append(to == null ? "…" : to);
    }
    if (run != null) {
      text.append(text.isEmpty() ? "" : ", ").append("run ").append(run);
    }
    return text.toString();
  }

  /** Whether an issue of {@code issue} lies in the paper and dates named (a run aside). */
  public boolean covers(IssueId issue) {
    return (paper == null || paper.equals(issue.paper()))
        && (from == null || !issue.date().isBefore(from))
        && (to == null || !issue.date().isAfter(to));
  }
}
