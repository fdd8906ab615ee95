package baoku.web;

import baoku.people.PersonSummary;
import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The people list as asked: the people named in the most articles, those of one role if {@code
 * role} is set, in the order {@code sort} names; {@code roles} counts every role among all listed.
 */
public record PeopleListing(
    List<PersonSummary> people, Map<String, Integer> roles, String role, Sort sort) {
  public PeopleListing {
    people = List.copyOf(people);
    roles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(roles));
  }

  /** The orders the list can be read in, by their parameter values. */
  public enum Sort {
    ARTICLES("articles"),
    NAME("name"),
    FIRST("first"),
    LAST("last");

    private final String param;

    Sort(String param) {
      this.param = param;
    }

    public String param() {
      return param;
    }

    static Sort parse(String value) {
      if (value == null || value.isBlank()) {
        return ARTICLES;
      }
      for (Sort sort : values()) {
        if (sort.param.equals(value.strip())) {
          return sort;
        }
      }
      throw BadParameterException.of("sort", "只能是 articles、name、first 或 last：" + value);
    }

    Comparator<PersonSummary> order() {
      Comparator<PersonSummary> byName =
          Comparator.comparing(PersonSummary::name, Collator.getInstance(Locale.CHINA));
      return switch (this) {
        case ARTICLES ->
            Comparator.comparingInt(PersonSummary::articles).reversed().thenComparing(byName);
        case NAME -> byName;
        case FIRST ->
            Comparator.comparing(
                    PersonSummary::first, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(byName);
        case LAST ->
            Comparator.comparing(
                    PersonSummary::last, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(byName);
      };
    }
  }

  /** {@code all}, the role's only where one is asked, in the order asked. */
  static PeopleListing of(List<PersonSummary> all, String role, String sort) {
    Sort order = Sort.parse(sort);
    String chosen = role == null || role.isBlank() ? null : role.strip();
    Map<String, Integer> roles = new LinkedHashMap<>();
    for (PersonSummary person : all) {
      if (person.role() != null) {
        roles.merge(person.role(), 1, Integer::sum);
      }
    }
    if (chosen != null && chosen.length() > SearchQuery.MAX_FILTER_CHARS) {
      throw BadParameterException.of("role", "超过 " + SearchQuery.MAX_FILTER_CHARS + " 个字");
    }
    List<PersonSummary> shown =
        all.stream()
            .filter(p -> chosen == null || chosen.equals(p.role()))
            .sorted(order.order())
            .toList();
    return new PeopleListing(shown, roles, chosen, order);
  }
}
