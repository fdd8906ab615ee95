package baoku.web;

import baoku.archive.IssueSummary;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

/**
 * 往期回顾: the years a paper covers, the months of one year that have issues, and the issues of one
 * month by day; {@code month} is {@code null} when the year has none. {@code missing} holds the
 * month's days on which an issue is expected and not held, where the caller knows them.
 */
public record MonthCalendar(
    String paper,
    List<Integer> years,
    int year,
    SortedSet<YearMonth> monthsWithIssues,
    YearMonth month,
    Map<LocalDate, IssueSummary> issues,
    Set<LocalDate> missing) {
  public MonthCalendar {
    years = List.copyOf(years);
    issues = Map.copyOf(issues);
    missing = Set.copyOf(missing);
  }
}
