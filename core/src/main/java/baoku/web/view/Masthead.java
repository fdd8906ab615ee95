package baoku.web.view;

import static baoku.web.view.Html.html;

import baoku.archive.IssueId;
import baoku.page.Issue;
import baoku.web.view.Html.Markup;
import java.util.ArrayList;
import java.util.List;

/** The facts a masthead prints: date, weekday, lunar date, 总第N期, 今日N版, CN, publisher. */
final class Masthead {
  private Masthead() {}

  /** The facts of {@code issue}, of whose pages the archive holds {@code held} (their numbers). */
  static Markup full(IssueId id, Issue issue, List<Integer> held) {
    List<Markup> facts = new ArrayList<>();
    facts.add(fact(Words.date(id.date())));
    facts.add(
        fact(issue.weekday() != null ? issue.weekday() : Words.weekday(id.date().getDayOfWeek())));
    if (issue.lunarDate() != null) {
      facts.add(fact("农历" + issue.lunarDate().replaceFirst("^农历", "")));
    }
    if (issue.serial() != null) {
      facts.add(fact("总第" + issue.serial() + "期"));
    }
    facts.add(fact(pagesFact(issue.pageCount(), held)));
    if (issue.issnCn() != null) {
      facts.add(fact(issue.issnCn()));
    }
    if (issue.postalCode() != null) {
      facts.add(fact("邮发代号 " + issue.postalCode()));
    }
    if (issue.organ() != null) {
      facts.add(fact(issue.organ()));
    }
    if (issue.publisher() != null) {
      facts.add(fact(issue.publisher()));
    }
    return html(
        """
        <header class="masthead">
        <h1><a href="{}">{}</a></h1>{}
        <ul class="facts">{}</ul>
        </header>
        """,
        Links.paper(id.paper()),
        id.paper(),
        issue.paperEn() == null ? null : html("<p class=\"paper-en\">{}</p>", issue.paperEn()),
        facts);
  }

  /** 今日4版, and where fewer are held than printed, which: 存1版，缺第2、3、4版. */
  static String pagesFact(Integer printed, List<Integer> held) {
    if (printed == null) {
      return "存" + held.size() + "版";
    }
    List<Integer> missing = baoku.web.PaperGaps.pagesLacking(printed, held);
    if (missing.isEmpty()) {
      return "今日" + printed + "版";
    }
    return "今日" + printed + "版，存" + held.size() + "版，缺" + Words.pages(missing);
  }

  private static Markup fact(String text) {
    return html("<li>{}</li>", text);
  }
}
