package baoku.web.view;

import static baoku.web.view.Html.html;
import static baoku.web.view.Html.when;

import baoku.archive.ArchivedIssue;
import baoku.archive.Headline;
import baoku.archive.PageSummary;
import baoku.archive.PaperSummary;
import baoku.web.Holdings;
import baoku.web.HomeModel;
import baoku.web.PageHeadlines;
import baoku.web.view.Html.Markup;
import java.util.ArrayList;
import java.util.List;

/** The front page: papers, the latest issue, and the calendar of issues (往期回顾). */
public final class HomeView {
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
            {}
            <div class="home">
            <section class="latest">{}</section>
            <section class="calendar" id="calendar"><h2>往期回顾</h2>{}</section>
            <section class="papers"><h2>馆藏报纸</h2><ul>{}</ul></section>
            </div>
            """,
            intro(home.holdings()),
            latest(home.latest(), home.front()),
            CalendarView.of(home.calendar()),
            home.papers().stream().map(p -> paper(p, p.paper().equals(paper.paper())))));
  }

  /** What the site is and what it holds, for a first visit. */
  private static Markup intro(Holdings held) {
    return html(
        """
        <section class="intro">
        <h1>报库 · 中文报纸数字档案</h1>
        <p class="holdings">馆藏 <strong data-count="papers">{}</strong> 种报纸，\
        {} 至 {}，共 <strong data-count="issues">{}</strong> 期、\
        <strong data-count="pages">{}</strong> 版、<strong data-count="articles">{}</strong> 篇文章。</p>
        <p>按日期逐期逐版翻阅，像读原报一样读每篇文章；全文检索，按报纸、日期、版次、作者和体裁筛选；\
        每篇文章都有永久链接和规范引用（GB/T 7714）。<a href="/search">怎样搜索</a> · \
        <a href="/people">人物</a></p>
        </section>
        """,
        held.papers(),
        Words.date(held.first()),
        Words.date(held.last()),
        held.issues(),
        held.pages(),
        held.articles());
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
}
