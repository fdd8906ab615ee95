package baoku.web.view;

import static baoku.web.view.Html.html;

import baoku.archive.ArchivedIssue;
import baoku.archive.Headline;
import baoku.archive.IssueId;
import baoku.web.IssueModel;
import baoku.web.PageHeadlines;
import baoku.web.view.Html.Markup;
import java.util.ArrayList;
import java.util.List;

/** One issue: masthead facts, its pages (版面导航), and each page's articles (标题导航). */
public final class IssueView {
  public String render(IssueModel model, SiteAddress site) {
    ArchivedIssue issue = model.issue();
    IssueId id = issue.id();
    return Layout.page(
        id.paper() + " " + Words.date(id.date()),
        null,
        Layout.canonical(site, Links.issue(id)),
        html(
            """
            {}
            {}
            <nav class="issue-nav" aria-label="前后期">{}{}</nav>
            {}
            <section class="titles"><h2>标题导航</h2>{}</section>
            """,
            Layout.crumbs(Layout.link(Links.paper(id.paper()), id.paper())),
            Masthead.full(
                id,
                issue.issue(),
                issue.pages().stream().map(baoku.archive.PageSummary::number).toList()),
            model.previous() == null
                ? null
                : html(
                    "<a rel=\"prev\" href=\"{}\">‹ 上一期 {}</a>",
                    Links.issue(model.previous()),
                    Words.date(model.previous().date())),
            model.next() == null
                ? null
                : html(
                    "<a rel=\"next\" href=\"{}\">下一期 {} ›</a>",
                    Links.issue(model.next()),
                    Words.date(model.next().date())),
            PageNav.of(issue, null),
            model.pages().stream().map(IssueView::pageTitles)));
  }

  private static Markup pageTitles(PageHeadlines page) {
    List<Markup> items = new ArrayList<>();
    List<Headline> headlines = page.headlines();
    for (int i = 0; i < headlines.size(); i++) {
      Headline headline = headlines.get(i);
      items.add(
          html(
              "<li>{}<a href=\"{}\">{}</a>{}</li>",
              headline.kicker() == null
                  ? null
                  : html("<span class=\"kicker\">{}</span>", headline.kicker()),
              Links.article(page.articleId(i + 1)),
              Words.title(headline.title()),
              headline.subtitle() == null
                  ? null
                  : html("<span class=\"subtitle\">{}</span>", headline.subtitle())));
    }
    return html(
        """
        <section class="page-titles" id="page-{}">
        <h3><a href="{}">{}</a> <span class="meta">{} 篇</span></h3>
        <ol>{}</ol>
        </section>
        """,
        page.id().number(),
        Links.page(page.id()),
        Words.page(page.id().number()),
        headlines.size(),
        items);
  }
}
