package baoku.page;

import java.util.List;

/**
 * A person named on a page, once, with every title printed beside the name on that page.
 *
 * @param role {@code official}, {@code reporter} or {@code other}
 */
public record Person(String name, String role, List<String> titles) {
  public Person {
    titles = titles == null ? List.of() : List.copyOf(titles);
  }
}
