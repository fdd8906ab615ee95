package baoku.archive;

import java.util.List;

/**
 * The people the archive's pages name, as ingest found them on each page (one {@link
 * PersonSighting} per person and page, kept with the page and replaced with it). Every answer comes
 * from the index; none reads the pages themselves.
 */
public interface PeopleIndex {
  /**
   * The {@code limit} people named in the most articles (then by name), each with the role given
   * most often (ties to the first by name), the articles naming them and the first and last dates.
   */
  List<PersonTally> mostNamed(int limit);

  /**
   * Every page naming {@code name} (exactly as printed), by date; empty for a name never printed.
   */
  List<PersonSighting> sightings(String name);

  /** The articles naming {@code name}, newest first, at most {@code limit}. */
  List<SightedArticle> articlesNaming(String name, int limit);

  /**
   * Who was printed with a title ending in {@code suffix} (every title where it is empty): one
   * entry per title and name, with the first and last dates, by title and then name.
   */
  List<TitleHolding> titleHoldings(String suffix);
}
