package baoku.web.view;

import static baoku.web.view.Html.html;
import static baoku.web.view.Html.join;

import baoku.archive.IssueSummary;
import baoku.web.MonthCalendar;
import baoku.web.view.Html.Markup;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * 往期回顾: a paper's years, the months of one year, and one month as a table of weeks; days with an
 * issue link to it, days on which one is expected and missing are marked 缺.
 */
final class CalendarView {
  private static final Markup CURRENT = html(" class=\"current\" aria-current=\"true\"");

  private CalendarView() {}

  static Markup of(MonthCalendar calendar) {

    Markup years =
        join(
            calendar.years().stream()
                .map(
                    year ->
                        html(
                            "<a href=\"{}#calendar\" data-year=\"{}\"{}>{}年</a>",
                            Links.year(calendar.paper(), year),
                            year,
                            year == calendar.year() ? CURRENT : null,
                            year)));
    List<Markup> months = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      YearMonth month = YearMonth.of(calendar.year(), m);
      if (calendar.monthsWithIssues().contains(month)) {
        months.add(
            html(
                "<a href=\"{}#calendar\" data-month=\"{}\"{}>{}月</a>",
                Links.month(calendar.paper(), month),
                month,
                month.equals(calendar.month()) ? CURRENT : null,
                m));
      } else {
        months.add(html("<span class=\"none\">{}月</span>", m));
      }
    }
    return html(
        """
        <nav class="years" aria-label="年份">{}</nav>
        <nav class="months" aria-label="月份">{}</nav>
        {}
        """,
        years,
        months,
        calendar.month() == null
            ? html("<p class=\"none\">{}年没有报纸。</p>", calendar.year())
            : grid(calendar));
  }

  /** The month as a table of weeks, Monday first; days with an issue link to it. */
  static Markup grid(MonthCalendar calendar) {
    YearMonth month = calendar.month();
    List<Markup> cells = new ArrayList<>();
    int lead = month.atDay(1).getDayOfWeek().getValue() - 1;
    for (int i = 0; i < lead; i++) {
      cells.add(html("<td></td>"));
    }
    for (int day = 1; day <= month.lengthOfMonth(); day++) {
      LocalDate date = month.atDay(day);
      IssueSummary issue = calendar.issues().get(date);
      cells.add(
          issue == null
              ? calendar.missing().contains(date)
                  ? html(
                      "<td class=\"missing\" title=\"缺期\" data-missing=\"{}\">{}</td>", date, day)
                  : html("<td>{}</td>", day)
              : html(
                  "<td class=\"has-issue\"><a href=\"{}\" title=\"{} 版\" data-date=\"{}\">{}</a></td>",
                  Links.issue(issue.id()),
                  issue.pageCount(),
                  date,
                  day));
    }
    while (cells.size() % 7 != 0) {
      cells.add(html("<td></td>"));
    }
    List<Markup> rows = new ArrayList<>();
    for (int i = 0; i < cells.size(); i += 7) {
      rows.add(html("<tr>{}</tr>", cells.subList(i, i + 7)));
    }
    return html(
        """
        <table class="month">
        <caption>{} {}</caption>
        <thead><tr><th>一</th><th>二</th><th>三</th><th>四</th><th>五</th><th>六</th><th>日</th></tr></thead>
        <tbody>{}</tbody>
        </table>
        """,
        calendar.paper(),
        Words.month(month),
        rows);
  }
}
