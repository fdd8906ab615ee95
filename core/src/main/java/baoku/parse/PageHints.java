package baoku.parse;

import java.time.LocalDate;

/**
 * What a caller knows about a page that the page may not print: from command-line flags, a manifest
 * or the file's path. What the masthead prints wins over a hint.
 */
public record PageHints(String paper, LocalDate date, Integer page) {
  public static PageHints none() {
    return new PageHints(null, null, null);
  }

  /** These hints with every field they lack taken from {@code other}. */
  public PageHints orElse(PageHints other) {
    return new PageHints(
        paper != null ? paper : other.paper,
        date != null ? date : other.date,
        page != null ? page : other.page);
  }
}
