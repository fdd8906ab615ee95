package baoku.archive;

import java.time.LocalDate;

/**
 * Restricts searches and exports to some articles; every {@code null} field admits all. Dates are
 * inclusive. Text values match after the same folding as the index (width, case, traditional).
 * {@code person}, {@code place} and {@code org} match the names enrichment found in an article.
 */
public record ArticleFilter(
    String paper,
    LocalDate from,
    LocalDate to,
    Integer page,
    String author,
    String genre,
    String person,
    String place,
    String org) {
  public static ArticleFilter all() {
    return new ArticleFilter(null, null, null, null, null, null);
  }

  /** A filter on everything but the names found in articles. */
  public ArticleFilter(
      String paper, LocalDate from, LocalDate to, Integer page, String author, String genre) {
    this(paper, from, to, page, author, genre, null, null, null);
  }

  public ArticleFilter {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException(
          "the range ends (" + to + ") before it starts (" + from + ")");
    }
  }

  /** This filter, also restricted to articles naming the given person, place and organisation. */
  public ArticleFilter withNames(String person, String place, String org) {
    return new ArticleFilter(paper, from, to, page, author, genre, person, place, org);
  }
}
