package baoku.people;

import baoku.archive.Archive;
import baoku.archive.PeopleIndex;
import baoku.archive.PersonSighting;
import baoku.archive.PersonTally;
import baoku.archive.SightedArticle;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who the archive's pages name, with their titles and articles, answered by the people index that
 * ingest keeps beside the pages: no answer reads a page, so each costs what the person's own
 * sightings cost, however large the archive.
 */
public final class People {
  /** How many people a list shows: those named in the most articles. */
  public static final int LISTED = 1000;

  /** How many of a person's articles a profile shows: the newest. */
  public static final int ARTICLES_SHOWN = 100;

  /**
   * How many of the days a person was printed a profile shows with their titles: the newest (a
   * leader printed on thousands of days would otherwise make a page of hundreds of kilobytes).
   */
  public static final int DAYS_SHOWN = 100;

  private final Archive archive;

  public People(Archive archive) {
    this.archive = archive;
  }

  /** The {@link #LISTED} people named in the most articles, then by name. */
  public List<PersonSummary> list() {
    return list(LISTED);
  }

  public List<PersonSummary> list(int limit) {
    return archive.people().mostNamed(limit).stream().map(People::summary).toList();
  }

  private static PersonSummary summary(PersonTally tally) {
    return new PersonSummary(
        tally.name(), tally.role(), tally.articles(), tally.first(), tally.last());
  }

  /** One person's titles, days and newest articles; empty for a name the archive never prints. */
  public Optional<PersonProfile> person(String name) {
    PeopleIndex index = archive.people();
    List<PersonSighting> sightings = index.sightings(name);
    if (sightings.isEmpty()) {
      return Optional.empty();
    }
    Sightings person = new Sightings(name);
    sightings.forEach(person::seen);
    List<PersonArticle> articles =
        index.articlesNaming(name, ARTICLES_SHOWN).stream().map(People::article).toList();
    return Optional.of(person.profile(DAYS_SHOWN, articles));
  }

  private static PersonArticle article(SightedArticle article) {
    return new PersonArticle(
        article.id(),
        article.id().issue().date(),
        article.id().page().number(),
        article.headline());
  }

  /**
   * Who was printed with {@code title}, by first date: the title itself or the title with a scope
   * before it (乐山市委书记 for 市委书记), never a deputy (副市长 is not 市长). An empty title asks for every
   * title.
   */
  public List<Officeholder> officials(String title) {
    return archive.people().titleHoldings(title).stream()
        .filter(held -> title.isEmpty() || holds(held.title(), title))
        .map(held -> new Officeholder(held.title(), held.name(), held.first(), held.last()))
        .sorted(
            Comparator.comparing(Officeholder::first)
                .thenComparing(Officeholder::name)
                .thenComparing(Officeholder::title))
        .toList();
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
}
