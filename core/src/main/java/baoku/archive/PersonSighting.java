package baoku.archive;

import java.time.LocalDate;
import java.util.List;

/**
 * One person on one page: the role and the titles printed beside the name there, the issue date,
 * and how many of the page's articles print the name.
 */
public record PersonSighting(
    String name, String role, List<String> titles, LocalDate date, int articles) {
  public PersonSighting {
    titles = List.copyOf(titles);
  }
}
