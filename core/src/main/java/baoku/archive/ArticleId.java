package baoku.archive;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The stable id of one printed article: {@code PAPER/YYYY-MM-DD/PAGE/N}, N its place in the page's
 * reading order from 1. Re-ingesting the same page gives its articles the same ids.
 */
public record ArticleId(PageId page, int ordinal) {
  public ArticleId {
    if (ordinal < 1) {
      throw new IllegalArgumentException("article ordinals start at 1: " + ordinal);
    }
  }

  /** Reads {@code PAPER/YYYY-MM-DD/PAGE/N}. */
  @JsonCreator
  public static ArticleId parse(String text) {
    int slash = text.lastIndexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("not an article id (PAPER/YYYY-MM-DD/PAGE/N): " + text);
    }
    return new ArticleId(
        PageId.parse(text.substring(0, slash)), Ids.number(text.substring(slash + 1), text));
  }

  public IssueId issue() {
    return page.issue();
  }

  @JsonValue
  @Override
  public String toString() {
    return page + "/" + ordinal;
  }
}
