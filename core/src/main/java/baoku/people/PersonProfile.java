package baoku.people;

import java.util.List;

/**
 * A person's titles over time, by first date printed; the titles printed on each day they appear,
 * by date; and the newest articles naming them, newest first (at most {@link
 * People#ARTICLES_SHOWN}; the summary counts them all).
 */
public record PersonProfile(
    PersonSummary summary,
    List<TitleSpan> titles,
    List<TitlesOnDate> timeline,
    List<PersonArticle> articles) {
  public PersonProfile {
    titles = List.copyOf(titles);
    timeline = List.copyOf(timeline);
    articles = List.copyOf(articles);
  }
}
