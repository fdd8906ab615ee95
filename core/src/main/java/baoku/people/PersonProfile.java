package baoku.people;

import java.util.List;

/**
 * A person's titles over time, by first date printed; the titles printed on each of the newest days
 * they appear (at most {@link People#DAYS_SHOWN} of all {@code days}), by date; and the newest
 * articles naming them, newest first (at most {@link People#ARTICLES_SHOWN}; the summary counts
 * them all).
 */
public record PersonProfile(
    PersonSummary summary,
    List<TitleSpan> titles,
    int days,
    List<TitlesOnDate> timeline,
    List<PersonArticle> articles) {
  public PersonProfile {
    titles = List.copyOf(titles);
    timeline = List.copyOf(timeline);
    articles = List.copyOf(articles);
  }
}
