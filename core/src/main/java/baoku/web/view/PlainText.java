package baoku.web.view;

import baoku.archive.ArchivedPage;
import baoku.archive.ArticleId;
import baoku.page.Article;
import baoku.page.Image;
import java.util.ArrayList;
import java.util.List;

/** An article or a whole page as plain text, for saving, quoting and text analysis. */
public final class PlainText {
  private PlainText() {}

  /** The article as printed, then where it was printed and its permalink. */
  public static String article(ArticleId id, Article article, SiteAddress site) {
    List<String> lines = new ArrayList<>();
    add(lines, article.column());
    add(lines, article.kicker());
    lines.add(Words.title(article.title()));
    add(lines, article.subtitle());
    if (!article.authors().isEmpty()) {
      lines.add(String.join("　", article.authors()));
    }
    lines.add("");
    for (String paragraph : article.paragraphs()) {
      lines.add(paragraph);
    }
    for (Image image : article.images()) {
      String caption = image.caption() == null ? "（图片）" : image.caption();
      lines.add("图：" + caption + (image.credit() == null ? "" : " " + image.credit()));
    }
    lines.add("");
    lines.add(
        "——"
            + id.issue().paper()
            + " "
            + Words.date(id.issue().date())
            + " "
            + Words.page(id.page().number()));
    lines.add("永久链接：" + site.readable(Links.article(id)));
    return String.join("\n", lines) + "\n";
  }

  /** Every article of the page in reading order, each as {@link #article} gives it. */
  public static String page(ArchivedPage page, SiteAddress site) {
    StringBuilder out = new StringBuilder();
    out.append(page.id().issue().paper())
        .append(' ')
        .append(Words.date(page.id().issue().date()))
        .append(' ')
        .append(Words.page(page.id().number()))
        .append('\n')
        .append(site.readable(Links.page(page.id())))
        .append("\n");
    List<Article> articles = page.page().articles();
    for (int i = 0; i < articles.size(); i++) {
      out.append("\n\n").append(article(page.articleId(i + 1), articles.get(i), site));
    }
    return out.toString();
  }

  private static void add(List<String> lines, String text) {
    if (text != null && !text.isBlank()) {
      lines.add(text);
    }
  }
}
