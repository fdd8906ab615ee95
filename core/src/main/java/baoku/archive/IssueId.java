package baoku.archive;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.Objects;

/** One issue of one paper: {@code PAPER/YYYY-MM-DD}. */
public record IssueId(String paper, LocalDate date) {
  public IssueId {
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(date, "date");
    if (paper.isBlank() || paper.contains("/")) {
      throw new IllegalArgumentException("not a paper name: '" + paper + "'");
    }
  }

  public PageId page(int number) {
    return new PageId(this, number);
  }

  /** Reads {@code PAPER/YYYY-MM-DD}. */
  @JsonCreator
  public static IssueId parse(String text) {
    String[] parts = text.split("/", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("not an issue id (PAPER/YYYY-MM-DD): " + text);
    }
    return new IssueId(parts[0], Ids.date(parts[1], text));
  }

  @JsonValue
  @Override
  public String toString() {
    return paper + "/" + date;
  }
}
