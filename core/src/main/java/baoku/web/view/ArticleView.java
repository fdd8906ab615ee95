package baoku.web.view;

import static baoku.web.view.Html.html;

import baoku.archive.ArticleId;
import baoku.archive.IssueId;
import baoku.page.Article;
import baoku.page.Image;
import baoku.web.ArticleLink;
import baoku.web.ArticleModel;
import baoku.web.Jump;
import baoku.web.view.Html.Markup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One article as printed: headline parts, byline, body with subheads, photos, jumps, neighbours.
 */
public final class ArticleView {
  /**
   * The article with its citation (meta tags in the head, the 引用 box); where {@code scanned}, with
   * links to its zone on the page and the page PDF.
   */
  public String render(ArticleModel model, boolean scanned, SiteAddress site) {
    return render(model, scanned, scanned, site, null);
  }

  /**
   * The same, opened from the search {@code found} (or null): its words marked in the headline and
   * text, with the way back to its results; where {@code pdf} (a page that came as a PDF, not as an
   * image), with a link to the page PDF.
   */
  public String render(
      ArticleModel model,
      boolean scanned,
      boolean pdf,
      SiteAddress site,
      baoku.web.SearchQuery found) {
    List<String> terms = found == null ? List.of() : SearchTerms.of(found.q());
    Article article = model.article();
    ArticleId id = model.id();
    IssueId issue = id.issue();
    Citation citation = Citation.of(model, site, pdf);
    return Layout.page(
        Words.title(article.title()),
        null,
        html("{}{}", Layout.canonical(site, Links.article(id)), CitationBox.metaTags(citation)),
        html(
            """
            {}{}
            <article class="article" data-id="{}">
            <header>
            {}{}<h1 class="title">{}</h1>{}
            <p class="meta">{}{}{}</p>
            </header>
            {}
            <div class="body">{}</div>
            {}
            {}
            </article>
            <nav class="article-nav" aria-label="本版前后文章">{}{}</nav>
            <p class="permalink">永久链接 <a href="{}">{}</a> · <a href="{}">JSON</a>{}</p>
            {}
            """,
            Layout.crumbs(
                Layout.link(Links.paper(issue.paper()), issue.paper()),
                Layout.link(Links.issue(issue), Words.date(issue.date())),
                Layout.link(Links.page(id.page()), Words.page(id.page().number()))),
            found == null
                ? null
                : html(
                    "<p class=\"back-to-results\"><a href=\"{}\">‹ 返回搜索结果{}</a></p>",
                    Links.search(found.params()),
                    found.q() == null ? null : html("：“{}”", found.q())),
            id,
            article.column() == null ? null : html("<p class=\"column\">{}</p>", article.column()),
            article.kicker() == null ? null : html("<p class=\"kicker\">{}</p>", article.kicker()),
            SearchTerms.mark(html("{}", Words.title(article.title())), terms),
            article.subtitle() == null
                ? null
                : html("<p class=\"subtitle\">{}</p>", article.subtitle()),
            article.authors().isEmpty()
                ? null
                : html("<span class=\"byline\">{}</span>", String.join("　", article.authors())),
            article.genre() == null
                ? null
                : html("<span class=\"genre\">{}</span>", Words.genre(article.genre())),
            html(
                "<span class=\"where\">{} {}</span>",
                Words.date(issue.date()),
                Words.page(id.page().number())),
            jump(model.continuedFrom(), "上接"),
            SearchTerms.mark(body(article), terms),
            figures(article.images()),
            jump(model.continuedOn(), "下转"),
            neighbour(model.previous(), "上一篇", "prev"),
            neighbour(model.next(), "下一篇", "next"),
            Links.article(id),
            citation.readableUrl(),
            Links.apiArticle(id),
            scanned ? scanLinks(id, !article.regions().isEmpty(), pdf, found) : null,
            CitationBox.of(citation)));
  }

  private static Markup scanLinks(
      ArticleId id, boolean zoned, boolean pdf, baoku.web.SearchQuery found) {
    String zone =
        found == null
            ? Links.zone(id)
            : Links.fromSearch(Links.page(id.page()), found.params())
                + "#"
                + Links.zoneId(id.ordinal());
    return html(
        "{}{}",
        zoned ? html(" · <a class=\"zone-link\" href=\"{}\">版面位置</a>", zone) : null,
        pdf
            ? html(
                " · <a class=\"page-pdf\" href=\"{}\" download>本版 PDF</a>",
                Links.scan(id.page(), baoku.archive.scans.ScanFile.PDF))
            : null);
  }

  private static Markup body(Article article) {
    Set<String> subheads = new HashSet<>(article.subheads());
    List<Markup> out = new ArrayList<>();
    PersonLinks people = new PersonLinks(article.mentions());
    boolean first = true;
    int base = 0;
    for (String paragraph : article.paragraphs()) {
      if (subheads.contains(paragraph)) {
        out.add(html("<h2 class=\"subhead\">{}</h2>", paragraph));
      } else if (first
          && article.dateline() != null
          && !article.dateline().isEmpty()
          && paragraph.startsWith(article.dateline())) {
        out.add(
            html(
                "<p><span class=\"dateline\">{}</span>{}</p>",
                article.dateline(),
                people.linked(
                    paragraph.substring(article.dateline().length()),
                    base + article.dateline().length())));
      } else {
        out.add(html("<p>{}</p>", people.linked(paragraph, base)));
      }
      first = false;
      base += paragraph.length() + 1;
    }
    return Html.join(out);
  }

  private static Markup figures(List<Image> images) {
    if (images.isEmpty()) {
      return null;
    }
    return Html.join(
        images.stream()
            .map(
                image ->
                    html(
                        "<figure class=\"photo\"><figcaption>{}{}</figcaption></figure>",
                        image.caption() == null ? "（图片）" : image.caption(),
                        image.credit() == null
                            ? null
                            : html("<span class=\"credit\">{}</span>", image.credit()))));
  }

  private static Markup jump(Jump jump, String verb) {
    if (jump == null) {
      return null;
    }
    String text = verb + Words.page(jump.page().number());
    if (!jump.held()) {
      return html("<p class=\"jump\">{}</p>", text);
    }
    String href = jump.article() != null ? Links.article(jump.article()) : Links.page(jump.page());
    return html("<p class=\"jump\"><a href=\"{}\">{}</a></p>", href, text);
  }

  private static Markup neighbour(ArticleLink link, String label, String rel) {
    if (link == null) {
      return null;
    }
    return html(
        "<a rel=\"{}\" href=\"{}\"><span class=\"label\">{}</span> {}</a>",
        rel,
        Links.article(link.id()),
        label,
        Words.title(link.title()));
  }
}
