package baoku.archive;

import java.time.LocalDate;

/**
 * Restricts searches and exports to some articles; every {@code null} field admits all. Dates are
 * inclusive. Text values match after the same folding as the index (width, case, traditional).
 */
public record ArticleFilter(
    String paper, LocalDate from, LocalDate to, Integer page, String author, String genre) {
  public static ArticleFilter all() {
    return new ArticleFilter(null, null, null, null, null, null);
  }

  public ArticleFilter {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException(
          "the range ends (" + to + ") before it starts (" + from + ")");
    }
  }
}
