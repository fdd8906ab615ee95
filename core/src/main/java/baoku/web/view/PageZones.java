package baoku.web.view;

import static baoku.web.view.Html.html;

import baoku.archive.ArchivedPage;
import baoku.archive.scans.ScanFile;
import baoku.page.Article;
import baoku.page.PageSize;
import baoku.page.Region;
import baoku.web.view.Html.Markup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A PDF page as printed: its image under an SVG of the same size in points, one link per article
 * over the regions it occupies. Hovering outlines an article and names it; no script is needed.
 */
final class PageZones {
  /** The hover label's type size in points, set in the stylesheet too. */
  private static final double LABEL_SIZE = 14;

  private PageZones() {}

  /** The page's zones; those of articles holding any of {@code terms} are marked as hits. */
  static Markup of(ArchivedPage page, List<String> terms) {
    PageSize size = page.page().size();
    List<Markup> zones = new ArrayList<>();
    List<Article> articles = page.page().articles();
    for (int i = 0; i < articles.size(); i++) {
      Article article = articles.get(i);
      if (!article.regions().isEmpty()) {
        zones.add(
            zone(
                page,
                i + 1,
                article,
                SearchTerms.anyIn(article.headline() + "\n" + article.text(), terms)));
      }
    }
    return html(
        """
        <figure class="page-scan">
        <div class="scan-frame">
        <img src="{}" alt="{}">
        <svg class="zones" viewBox="0 0 {} {}" preserveAspectRatio="none" role="group" \
        aria-label="版面文章">{}</svg>
        </div>
        <figcaption><a href="{}" download>下载本版 PDF</a></figcaption>
        </figure>
        """,
        Links.scan(page.id(), ScanFile.IMAGE),
        Words.page(page.id().number()),
        number(size.width()),
        number(size.height()),
        zones,
        Links.scan(page.id(), ScanFile.PDF));
  }

  private static Markup zone(ArchivedPage page, int ordinal, Article article, boolean hit) {
    List<Markup> rects = new ArrayList<>();
    for (Region region : article.regions()) {
      rects.add(
          html(
              "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>",
              number(region.x()),
              number(region.y()),
              number(region.w()),
              number(region.h())));
    }
    Region first = article.regions().getFirst();
    return html(
        "<a id=\"{}\" class=\"zone{}\" href=\"{}\"><title>{}</title>{}"
            + "<text class=\"zone-label\" x=\"{}\" y=\"{}\">{}</text></a>",
        Links.zoneId(ordinal),
        hit ? " hit" : "",
        Links.article(page.articleId(ordinal)),
        Words.title(article.title()),
        rects,
        number(first.x() + 2),
        number(first.y() + LABEL_SIZE),
        Words.title(article.title()));
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
