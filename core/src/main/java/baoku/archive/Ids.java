package baoku.archive;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Parsing shared by the id records, with errors that quote the whole id. */
final class Ids {
  private Ids() {}

  static LocalDate date(String text, String id) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a date (YYYY-MM-DD) in id: " + id, e);
    }
  }

  static int number(String text, String id) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number in id: " + id, e);
    }
  }
}
