package baoku.bench;

import baoku.page.Article;
import baoku.page.Page;

/**
 * A page in the e-paper text form the parser reads: per article its headline lines, then one
 * paragraph a line, blank lines between. The paper, date and page come from the file's path.
 */
final class PageRenderer {
  String render(Page page) {
    StringBuilder out = new StringBuilder(8192);
    for (Article article : page.articles()) {
      line(out, article.kicker());
      line(out, article.title());
      line(out, article.subtitle());
      article.paragraphs().forEach(p -> line(out, p));
      out.append('\n');
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String text) {
    if (text != null && !text.isBlank()) {
      out.append(text).append("\n\n");
    }
  }
}
