package baoku.web.view;

import static baoku.web.view.Html.html;
import static baoku.web.view.Html.join;
import static baoku.web.view.Html.when;

import baoku.archive.ArchivedIssue;
import baoku.archive.Headline;
import baoku.archive.IssueSummary;
import baoku.archive.PageSummary;
import baoku.archive.PaperSummary;
import baoku.web.HomeModel;
import baoku.web.MonthCalendar;
import baoku.web.PageHeadlines;
import baoku.web.view.Html.Markup;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The front page: papers, the latest issue, and the calendar of issues (往期回顾). */
public final class HomeView {
  private static final Markup CURRENT = html(" class=\"current\" aria-current=\"true\"");

  public String render(HomeModel home) {
    if (home.paper() == null) {
      return Layout.page(
          null,
          null,
          html(
              """
              <section class="empty"><h1>报库</h1>
              <p>档案里还没有报纸。用 <code>baoku ingest 文件夹</code> 导入版面文本，\
              或运行 <code>baoku demo</code> 看看示例。</p></section>
              """));
    }
    PaperSummary paper = home.paper();
    return Layout.page(
        paper.paper(),
        null,
        html(
            """
            <div class="home">
            <section class="latest">{}</section>
            <section class="calendar" id="calendar"><h2>往期回顾</h2>{}</section>
            <section class="papers"><h2>馆藏报纸</h2><ul>{}</ul></section>
            </div>
            """,
            latest(home.latest(), home.front()),
            calendar(home.calendar()),
            home.papers().stream().map(p -> paper(p, p.paper().equals(paper.paper())))));
  }

  private static Markup latest(ArchivedIssue issue, PageHeadlines front) {
    if (issue == null) {
      return Markup.EMPTY;
    }
    return html(
        """
        <h2>最新一期</h2>
        <p class="issue-title"><a href="{}">{} {} {}</a></p>
        {}
        <h3>版面</h3>
        <ol class="lead-titles">{}</ol>
        """,
        Links.issue(issue.id()),
        issue.id().paper(),
        Words.date(issue.id().date()),
        Words.weekday(issue.id().date().getDayOfWeek()),
        front == null ? null : frontTitles(front),
        issue.pages().stream().map(page -> leadTitle(issue, page)));
  }

  /** 头版: the first page's headlines, the quickest way into the newest issue. */
  private static Markup frontTitles(PageHeadlines front) {
    List<Markup> items = new ArrayList<>();
    List<Headline> headlines = front.headlines();
    for (int i = 0; i < headlines.size(); i++) {
      items.add(
          html(
              "<li><a href=\"{}\">{}</a></li>",
              Links.article(front.articleId(i + 1)),
              Words.title(headlines.get(i).title())));
    }
    return html(
        "<h3>{}要闻</h3><ul class=\"front-titles\">{}</ul>", Words.page(front.id().number()), items);
  }

  private static Markup leadTitle(ArchivedIssue issue, PageSummary page) {
    return html(
        "<li><a href=\"{}\"><span class=\"page-no\">{}</span> {}</a></li>",
        Links.page(issue.id().page(page.number())),
        Words.page(page.number()),
        page.leadTitle());
  }

  private static Markup paper(PaperSummary paper, boolean current) {
    return html(
        "<li{}><a href=\"{}\">{}</a> <span class=\"meta\">{} 期 · {} 至 {}</span></li>",
        when(current, html(" class=\"current\"")),
        Links.paper(paper.paper()),
        paper.paper(),
        paper.issues(),
        Words.date(paper.firstIssue()),
        Words.date(paper.lastIssue()));
  }

  private static Markup calendar(MonthCalendar calendar) {
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
  private static Markup grid(MonthCalendar calendar) {
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
              ? html("<td>{}</td>", day)
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
