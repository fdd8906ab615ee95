package baoku.people;

import baoku.archive.Archive;
import baoku.archive.ArchivedIssue;
import baoku.archive.ArchivedPage;
import baoku.archive.IssueSummary;
import baoku.archive.PageSummary;
import baoku.archive.PaperSummary;
import baoku.page.Article;
import baoku.page.Page;
import baoku.page.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who the archive's pages name, with their titles and articles, read from the people enrichment put
 * on each page. It reads every page on each call: meant for archives of a few thousand pages.
 */
public final class People {
  private final Archive archive;

  public People(Archive archive) {
    this.archive = archive;
  }

  /** Everyone named, most articles first, then by name. */
  public List<PersonSummary> list() {
    return sightings().values().stream()
        .map(Sightings::summary)
        .sorted(
            Comparator.comparingInt(PersonSummary::articles)
                .reversed()
                .thenComparing(PersonSummary::name))
        .toList();
  }

  public Optional<PersonProfile> person(String name) {
    return Optional.ofNullable(sightings().get(name)).map(Sightings::profile);
  }

  /**
   * Who was printed with {@code title}, by first date: the title itself or the title with a scope
   * before it (乐山市委书记 for 市委书记), never a deputy (副市长 is not 市长).
   */
  public List<Officeholder> officials(String title) {
    List<Officeholder> holders = new ArrayList<>();
    for (Sightings person : sightings().values()) {
      for (TitleSpan span : person.titleSpans()) {
        if (holds(span.title(), title)) {
          holders.add(new Officeholder(span.title(), person.name, span.first(), span.last()));
        }
      }
    }
    holders.sort(
        Comparator.comparing(Officeholder::first)
            .thenComparing(Officeholder::name)
            .thenComparing(Officeholder::title));
    return holders;
  }

  static boolean holds(String printed, String asked) {
    if (printed.equals(asked)) {
      return true;
    }
    if (asked.isEmpty() || !printed.endsWith(asked)) {
      return false;
    }
    char before = printed.charAt(printed.length() - asked.length() - 1);
    return before != '副' && !asked.startsWith("副");
  }

  private Map<String, Sightings> sightings() {
    Map<String, Sightings> byName = new LinkedHashMap<>();
    for (PaperSummary paper : archive.papers()) {
      for (IssueSummary issue : archive.issues(paper.paper(), null, null)) {
        Optional<ArchivedIssue> held = archive.issue(issue.id());
        if (held.isEmpty()) {
          continue;
        }
        for (PageSummary summary : held.get().pages()) {
          archive
              .page(issue.id().page(summary.number()))
              .ifPresent(page -> read(page, issue.id().date(), byName));
        }
      }
    }
    return byName;
  }

  private static void read(ArchivedPage held, LocalDate date, Map<String, Sightings> byName) {
    Page page = held.page();
    for (Person person : page.people()) {
      if (person.name() == null || person.name().isBlank()) {
        continue;
      }
      Sightings sightings = byName.computeIfAbsent(person.name(), Sightings::new);
      sightings.seen(person, date);
      for (int n = 1; n <= page.articles().size(); n++) {
        Article article = page.articles().get(n - 1);
        if ((article.headline() + "\n" + article.text()).contains(person.name())) {
          sightings.articles.add(
              new PersonArticle(
                  held.id().article(n), date, held.id().number(), article.headline()));
        }
      }
    }
  }
}
