package baoku.people;

import baoku.page.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What the pages say about one name, gathered while reading them. */
final class Sightings {
  final String name;
  final List<PersonArticle> articles = new ArrayList<>();
  private final Map<String, Integer> roles = new HashMap<>();
  private final Map<String, LocalDate[]> titles = new LinkedHashMap<>();
  private final Map<LocalDate, Set<String>> titlesByDay = new TreeMap<>();
  private LocalDate first;
  private LocalDate last;

  Sightings(String name) {
    this.name = name;
  }

  void seen(Person person, LocalDate date) {
    if (person.role() != null) {
      roles.merge(person.role(), 1, Integer::sum);
    }
    first = first == null || date.isBefore(first) ? date : first;
    last = last == null || date.isAfter(last) ? date : last;
    titlesByDay.computeIfAbsent(date, d -> new LinkedHashSet<>()).addAll(person.titles());
    for (String title : person.titles()) {
      LocalDate[] span = titles.computeIfAbsent(title, t -> new LocalDate[] {date, date});
      span[0] = date.isBefore(span[0]) ? date : span[0];
      span[1] = date.isAfter(span[1]) ? date : span[1];
    }
  }

  PersonSummary summary() {
    String role =
        roles.entrySet().stream()
            .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
            .map(Map.Entry::getKey)
            .orElse(null);
    return new PersonSummary(name, role, articles.size(), first, last);
  }

  List<TitleSpan> titleSpans() {
    return titles.entrySet().stream()
        .map(e -> new TitleSpan(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .sorted(Comparator.comparing(TitleSpan::first))
        .toList();
  }

  PersonProfile profile() {
    List<PersonArticle> byDate = new ArrayList<>(articles);
    byDate.sort(
        Comparator.comparing(PersonArticle::date)
            .thenComparing(PersonArticle::page)
            .thenComparing(a -> a.id().ordinal()));
    List<TitlesOnDate> timeline =
        titlesByDay.entrySet().stream()
            .map(e -> new TitlesOnDate(e.getKey(), List.copyOf(e.getValue())))
            .toList();
    return new PersonProfile(summary(), titleSpans(), timeline, byDate);
  }
}
