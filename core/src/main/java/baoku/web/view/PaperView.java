package baoku.web.view;

import static baoku.web.view.Html.html;

import baoku.archive.ArchivedIssue;
import baoku.page.Issue;
import baoku.web.Holdings;
import baoku.web.PaperGaps;
import baoku.web.PaperModel;
import baoku.web.view.Html.Markup;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One paper: who publishes it, the run the archive holds, its calendar, and what the run lacks. */
public final class PaperView {
  /** Longer lists of gaps (months, issues) are cut here; the counts still say how many. */
  static final int GAPS_LISTED = 100;

  public String render(PaperModel model) {
    String paper = model.paper().paper();
    Holdings held = model.holdings();
    ArchivedIssue latest = model.latest();
    return Layout.page(
        paper,
        null,
        html(
            """
            {}
            <header class="paper-head">
            <h1>{}</h1>{}
            <p class="run">馆藏 {} 至 {}，共 <strong data-count="issues">{}</strong> 期、\
            <strong data-count="pages">{}</strong> 版、<strong data-count="articles">{}</strong> 篇文章。\
            {} · <a href="{}">在本报中搜索</a></p>
            </header>
            <div class="home">
            <section class="calendar" id="calendar"><h2>往期回顾</h2>{}</section>
            <section class="gaps"><h2>缺失</h2>{}</section>
            </div>
            """,
            Layout.crumbs(Layout.link(Links.home(), "报库"), Layout.link(Links.paper(paper), paper)),
            paper,
            latest == null ? null : publisher(latest.issue()),
            Words.date(held.first()),
            Words.date(held.last()),
            held.issues(),
            held.pages(),
            held.articles(),
            latest == null ? null : html("<a href=\"{}\">最新一期</a>", Links.issue(latest.id())),
            Links.search(Map.of("paper", paper)),
            CalendarView.of(model.calendar()),
            gaps(paper, model.gaps())));
  }

  /** What the newest masthead says of the paper: its English name, organ, publisher, numbers. */
  private static Markup publisher(Issue issue) {
    List<Markup> facts = new ArrayList<>();
    for (String fact :
        new String[] {
          issue.paperEn(),
          issue.organ(),
          issue.publisher(),
          issue.issnCn(),
          issue.postalCode() == null ? null : "邮发代号 " + issue.postalCode()
        }) {
      if (fact != null && !fact.isBlank()) {
        facts.add(html("<li>{}</li>", fact));
      }
    }
    return facts.isEmpty() ? null : html("<ul class=\"facts\">{}</ul>", facts);
  }

  private static Markup gaps(String paper, PaperGaps gaps) {
    List<String> days = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      if (gaps.weekdays().contains(day)) {
        days.add(Words.weekday(day));
      }
    }
    // Grouped by month: a daily's missing year is twelve lines, not three hundred.
    java.util.TreeMap<YearMonth, List<LocalDate>> byMonth = new java.util.TreeMap<>();
    for (LocalDate date : gaps.missingIssues()) {
      byMonth.computeIfAbsent(YearMonth.from(date), m -> new ArrayList<>()).add(date);
    }
    List<Markup> issues = new ArrayList<>();
    for (var month : byMonth.entrySet()) {
      if (issues.size() == GAPS_LISTED) {
        break;
      }
      issues.add(
          html(
              "<li data-month=\"{}\"><a href=\"{}#calendar\">{}</a> {}日</li>",
              month.getKey(),
              Links.month(paper, month.getKey()),
              Words.month(month.getKey()),
              month.getValue().stream()
                  .map(d -> String.valueOf(d.getDayOfMonth()))
                  .collect(java.util.stream.Collectors.joining("、"))));
    }
    List<Markup> pages = new ArrayList<>();
    for (PaperGaps.IssuePagesMissing issue : gaps.missingPages()) {
      if (pages.size() == GAPS_LISTED) {
        break;
      }
      pages.add(
          html(
              "<li data-issue=\"{}\"><a href=\"{}\">{}</a> 缺{}</li>",
              issue.issue().date(),
              Links.issue(issue.issue()),
              Words.date(issue.issue().date()),
              Words.pages(issue.pages())));
    }
    return html(
        """
        <p class="note">按馆藏各期推算，本报逢{}出版。</p>
        <h3>缺期 <span class="count" data-count="missing-issues">{}</span></h3>
        {}
        <h3>缺版 <span class="count" data-count="issues-missing-pages">{}</span></h3>
        {}
        """,
        String.join("、", days),
        gaps.missingIssues().size(),
        issues.isEmpty()
            ? html("<p class=\"none\">馆藏期间不缺期。</p>")
            : html("<ul class=\"missing-issues\">{}</ul>{}", issues, more(byMonth.size())),
        gaps.missingPages().size(),
        pages.isEmpty()
            ? html("<p class=\"none\">各期版面齐全。</p>")
            : html(
                "<ol class=\"missing-pages\">{}</ol>{}", pages, more(gaps.missingPages().size())));
  }

  private static Markup more(int all) {
    return all > GAPS_LISTED
        ? html("<p class=\"none\">列出前 {} 项，共 {} 项。</p>", GAPS_LISTED, all)
        : null;
  }
}
