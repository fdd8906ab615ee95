package baoku.people;

import java.util.List;

/** A person's titles over time, by first date printed, and the articles naming them, by date. */
public record PersonProfile(
    PersonSummary summary, List<TitleSpan> titles, List<PersonArticle> articles) {
  public PersonProfile {
    titles = List.copyOf(titles);
    articles = List.copyOf(articles);
  }
}
