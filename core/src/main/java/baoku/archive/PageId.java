package baoku.archive;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** One page of one issue: {@code PAPER/YYYY-MM-DD/PAGE}. */
public record PageId(IssueId issue, int number) {
  public PageId {
    if (number < 1) {
      throw new IllegalArgumentException("page numbers start at 1: " + number);
    }
  }

  /** The {@code ordinal}-th article of this page in reading order, from 1. */
  public ArticleId article(int ordinal) {
    return new ArticleId(this, ordinal);
  }

  /** Reads {@code PAPER/YYYY-MM-DD/PAGE}. */
  @JsonCreator
  public static PageId parse(String text) {
    int slash = text.lastIndexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("not a page id (PAPER/YYYY-MM-DD/PAGE): " + text);
    }
    return new PageId(
        IssueId.parse(text.substring(0, slash)), Ids.number(text.substring(slash + 1), text));
  }

  @JsonValue
  @Override
  public String toString() {
    return issue + "/" + number;
  }
}
