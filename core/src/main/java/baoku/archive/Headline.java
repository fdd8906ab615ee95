package baoku.archive;

import baoku.page.Article;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An article's headline as a table of contents prints it: kicker, title and subtitle, each {@code
 * null} where the page prints none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Headline(String kicker, String title, String subtitle) {
  public static Headline of(Article article) {
    return new Headline(article.kicker(), article.title(), article.subtitle());
  }
}
