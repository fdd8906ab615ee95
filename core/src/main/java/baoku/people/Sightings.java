package baoku.people;

import baoku.archive.PersonSighting;
import baoku.archive.PersonTally;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What the people index holds about one name, gathered from its sightings. */
final class Sightings {
  private final String name;
  private final Map<String, Integer> roles = new TreeMap<>();
  private final Map<String, LocalDate[]> titles = new LinkedHashMap<>();
  private final Map<LocalDate, Set<String>> titlesByDay = new TreeMap<>();
  private int articles;
  private LocalDate first;
  private LocalDate last;

  Sightings(String name) {
    this.name = name;
  }

  void seen(PersonSighting sighting) {
    LocalDate date = sighting.date();
    if (sighting.role() != null) {
      roles.merge(sighting.role(), 1, Integer::sum);
    }
    articles += sighting.articles();
    first = first == null || date.isBefore(first) ? date : first;
    last = last == null || date.isAfter(last) ? date : last;
    titlesByDay.computeIfAbsent(date, d -> new LinkedHashSet<>()).addAll(sighting.titles());
    for (String title : sighting.titles()) {
      LocalDate[] span = titles.computeIfAbsent(title, t -> new LocalDate[] {date, date});
      span[0] = date.isBefore(span[0]) ? date : span[0];
      span[1] = date.isAfter(span[1]) ? date : span[1];
    }
  }

  PersonSummary summary() {
    return new PersonSummary(name, PersonTally.mostOften(roles), articles, first, last);
  }

  List<TitleSpan> titleSpans() {
    return titles.entrySet().stream()
        .map(e -> new TitleSpan(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .sorted(Comparator.comparing(TitleSpan::first))
        .toList();
  }

  /**
   * The profile, with the newest {@code daysShown} days and {@code articles} as the people index
   * gave them.
   */
  PersonProfile profile(int daysShown, List<PersonArticle> shown) {
    List<TitlesOnDate> timeline =
        titlesByDay.entrySet().stream()
            .skip(Math.max(0, titlesByDay.size() - daysShown))
            .map(e -> new TitlesOnDate(e.getKey(), List.copyOf(e.getValue())))
            .toList();
    return new PersonProfile(summary(), titleSpans(), titlesByDay.size(), timeline, shown);
  }
}
