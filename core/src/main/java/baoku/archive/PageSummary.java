package baoku.archive;

import baoku.page.Article;
import baoku.page.Page;
import java.util.List;
import java.util.Objects;

/**
 * A page as an issue lists it: its number, how many articles it holds, its lead headline, and the
 * headline of every article in reading order (the n-th is article n), so that an issue's table of
 * contents needs none of its pages. {@code headlines} is {@code null} in issue records written
 * before they were kept: then only the page itself knows them.
 */
public record PageSummary(
    int number, int articleCount, String leadTitle, List<Headline> headlines) {
  public PageSummary {
    headlines = headlines == null ? null : List.copyOf(headlines);
  }

  /** A summary without the headlines, as older issue records hold it. */
  public PageSummary(int number, int articleCount, String leadTitle) {
    this(number, articleCount, leadTitle, null);
  }

  public static PageSummary of(Page page) {
    List<Article> articles = page.articles();
    String lead =
        articles.stream().map(Article::title).filter(Objects::nonNull).findFirst().orElse(null);
    return new PageSummary(
        page.number(), articles.size(), lead, articles.stream().map(Headline::of).toList());
  }
}
