package baoku.web.view;

import static baoku.web.view.Html.html;

import baoku.archive.ArchivedIssue;
import baoku.archive.ArchivedPage;
import baoku.archive.PageId;
import baoku.archive.PageSummary;
import baoku.page.Article;
import baoku.page.OtherBlock;
import baoku.page.PageOcr;
import baoku.web.PageModel;
import baoku.web.view.Html.Markup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One page: the issue's pages to switch between, and this page's articles in reading order. */
public final class PageView {
  private static final int LEDE_CHARS = 90;

  /** The page; where {@code scanned} and printed as a PDF, its image with article zones too. */
  public String render(PageModel model, boolean scanned, SiteAddress site) {
    return render(model, scanned, site, null);
  }

  /**
   * The same, opened from the search {@code found} (or null): the zones and cards of the articles
   * holding its words marked, and the words in the cards.
   */
  public String render(
      PageModel model, boolean scanned, SiteAddress site, baoku.web.SearchQuery found) {
    List<String> terms = found == null ? List.of() : SearchTerms.of(found.q());
    ArchivedIssue issue = model.issue();
    ArchivedPage page = model.page();
    PageId id = page.id();
    List<Markup> items = new ArrayList<>();
    List<Article> articles = page.page().articles();
    for (int i = 0; i < articles.size(); i++) {
      String href = Links.article(page.articleId(i + 1));
      items.add(
          SearchTerms.mark(
              item(
                  page.articleId(i + 1).toString(),
                  found == null ? href : Links.fromSearch(href, found.params()),
                  articles.get(i),
                  SearchTerms.anyIn(
                      articles.get(i).headline() + "\n" + articles.get(i).text(), terms)),
              terms));
    }
    return Layout.page(
        id.issue().paper() + " " + Words.date(id.issue().date()) + " " + Words.page(id.number()),
        null,
        Layout.canonical(site, Links.page(id)),
        html(
            """
            {}
            <div class="with-side">
            <aside>{}</aside>
            <section class="page-articles">
            <h1>{} <span class="meta">{} 篇</span>{}</h1>
            <nav class="issue-nav" aria-label="前后版">{}{}</nav>
            {}
            <ol class="articles">{}</ol>
            {}
            <p class="page-files"><a href="{}" download>本版纯文本</a></p>
            </section>
            </div>
            """,
            Layout.crumbs(
                Layout.link(Links.paper(id.issue().paper()), id.issue().paper()),
                Layout.link(Links.issue(id.issue()), Words.date(id.issue().date()))),
            PageNav.of(issue, id.number()),
            Words.page(id.number()),
            articles.size(),
            ocrQuality(page.page().ocr()),
            neighbour(issue, id, -1),
            neighbour(issue, id, +1),
            scanned && page.page().size() != null ? PageZones.of(page, terms) : null,
            items,
            others(page.page().otherBlocks()),
            Links.page(id) + "/text.txt"));
  }

  /** A scanned page says how sure OCR was of its text, as archives of scans do. */
  private static Markup ocrQuality(PageOcr ocr) {
    if (ocr == null) {
      return null;
    }
    return html(
        " <span class=\"meta ocr-quality\" title=\"{}\">OCR 置信度 {}%</span>",
        ocr.engine(), String.format(Locale.ROOT, "%.1f", 100 * ocr.quality()));
  }

  private static Markup neighbour(ArchivedIssue issue, PageId id, int step) {
    List<PageSummary> pages = issue.pages();
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).number() == id.number()) {
        int j = i + step;
        if (j < 0 || j >= pages.size()) {
          return null;
        }
        int number = pages.get(j).number();
        return step < 0
            ? html("<a rel=\"prev\" href=\"{}\">‹ 上一版</a>", Links.page(id.issue().page(number)))
            : html("<a rel=\"next\" href=\"{}\">下一版 ›</a>", Links.page(id.issue().page(number)));
      }
    }
    return null;
  }

  private static Markup item(String id, String href, Article article, boolean hit) {
    String lede = article.paragraphs().isEmpty() ? null : article.paragraphs().getFirst();
    if (lede != null && lede.length() > LEDE_CHARS) {
      lede = lede.substring(0, LEDE_CHARS) + "……";
    }
    return html(
        """
        <li class="article-card{}" data-id="{}">
        {}<h2><a href="{}">{}</a></h2>{}
        {}{}
        </li>
        """,
        hit ? " hit" : "",
        id,
        article.kicker() == null ? null : html("<p class=\"kicker\">{}</p>", article.kicker()),
        href,
        Words.title(article.title()),
        article.subtitle() == null
            ? null
            : html("<p class=\"subtitle\">{}</p>", article.subtitle()),
        article.authors().isEmpty()
            ? null
            : html("<p class=\"byline\">{}</p>", String.join("　", article.authors())),
        lede == null ? null : html("<p class=\"lede\">{}</p>", lede));
  }

  private static Markup others(List<OtherBlock> blocks) {
    if (blocks.isEmpty()) {
      return null;
    }
    return html(
        "<section class=\"others\"><h2>版面其他内容</h2><ul>{}</ul></section>",
        blocks.stream()
            .map(
                block ->
                    html(
                        "<li><span class=\"tag\">{}</span> {}</li>",
                        otherType(block.type()),
                        block.text())));
  }

  private static String otherType(String type) {
    return switch (type == null ? "" : type) {
      case "advertisement" -> "广告";
      case "banner" -> "横幅";
      case "notice" -> "启事";
      default -> "其他";
    };
  }
}
