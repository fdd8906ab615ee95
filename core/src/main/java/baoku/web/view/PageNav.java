package baoku.web.view;

import static baoku.web.view.Html.html;

import baoku.archive.ArchivedIssue;
import baoku.archive.PageSummary;
import baoku.web.view.Html.Markup;

/** 版面导航: every page of an issue, with its lead headline; the current page marked. */
final class PageNav {
  private PageNav() {}

  static Markup of(ArchivedIssue issue, Integer current) {
    return html(
        "<nav class=\"pages\" aria-label=\"版面导航\"><h2>版面导航</h2><ol>{}</ol></nav>",
        issue.pages().stream().map(page -> item(issue, page, current)));
  }

  private static Markup item(ArchivedIssue issue, PageSummary page, Integer current) {
    boolean here = current != null && current == page.number();
    return html(
        "<li{}><a href=\"{}\"{}><span class=\"page-no\">{}</span> <span class=\"lead\">{}</span></a></li>",
        here ? html(" class=\"current\"") : null,
        Links.page(issue.id().page(page.number())),
        here ? html(" aria-current=\"page\"") : null,
        Words.page(page.number()),
        page.leadTitle());
  }
}
