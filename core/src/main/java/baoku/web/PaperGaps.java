package baoku.web;

import baoku.archive.IssueId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;

/**
 * What a paper's run lacks. A paper is taken to come out on the days of the week on which the
 * archive holds any of its issues, so the issues missing are those days, within its run, that have
 * none; the pages missing are, per issue, those the masthead announces (今日N版) or that lie between
 * pages held, and the archive does not hold.
 *
 * @param weekdays the days of the week the paper comes out, as its issues say
 * @param missingIssues the dates of the issues missing, in order
 * @param missingPages the issues lacking pages, by date, each with the numbers it lacks
 */
public record PaperGaps(
    Set<DayOfWeek> weekdays,
    NavigableSet<LocalDate> missingIssues,
    List<IssuePagesMissing> missingPages) {
  public PaperGaps {
    weekdays = Set.copyOf(weekdays);
    missingIssues = java.util.Collections.unmodifiableNavigableSet(missingIssues);
    missingPages = List.copyOf(missingPages);
  }

  /** One issue and the page numbers it lacks. */
  public record IssuePagesMissing(IssueId issue, List<Integer> pages) {
    public IssuePagesMissing {
      pages = List.copyOf(pages);
    }
  }

  /** The numbers 1 to the pages printed (or the highest held) that are not among {@code held}. */
  public static List<Integer> pagesLacking(Integer printed, List<Integer> held) {
    int top = held.stream().mapToInt(Integer::intValue).max().orElse(0);
    if (printed != null && printed > top) {
      top = printed;
    }
    java.util.List<Integer> out = new java.util.ArrayList<>();
    for (int n = 1; n <= top; n++) {
      if (!held.contains(n)) {
        out.add(n);
      }
    }
    return out;
  }
}
