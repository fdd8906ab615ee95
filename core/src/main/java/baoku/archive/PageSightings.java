package baoku.archive;

import baoku.page.Article;
import baoku.page.Page;
import baoku.page.Person;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the people index keeps of one page: each person the page names, once, with the articles
 * whose headline, text or byline prints the name. Every store writes these beside the page, so that
 * both answer alike.
 */
public final class PageSightings {
  private PageSightings() {}

  /** One person on the page, and the articles printing the name, in reading order. */
  public record Seen(PersonSighting sighting, List<SightedArticle> articles) {
    public Seen {
      articles = List.copyOf(articles);
    }
  }

  public static List<Seen> of(PageId id, Page page) {
    // A name listed twice on a page (an enricher's slip) is one sighting with every title.
    Map<String, Person> byName = new LinkedHashMap<>();
    for (Person person : page.people()) {
      if (person.name() == null || person.name().isBlank()) {
        continue;
      }
      byName.merge(person.name(), person, PageSightings::merged);
    }
    List<String> printed = new ArrayList<>(page.articles().size());
    for (Article article : page.articles()) {
      // The byline counts: a reporter is credited with the articles they wrote.
      printed.add(
          article.headline() + "\n" + article.text() + "\n" + String.join("\n", article.authors()));
    }
    List<Seen> out = new ArrayList<>(byName.size());
    for (Person person : byName.values()) {
      List<SightedArticle> articles = new ArrayList<>();
      for (int n = 1; n <= printed.size(); n++) {
        if (printed.get(n - 1).contains(person.name())) {
          articles.add(new SightedArticle(id.article(n), page.articles().get(n - 1).headline()));
        }
      }
      out.add(
          new Seen(
              new PersonSighting(
                  person.name(),
                  person.role(),
                  person.titles(),
                  id.issue().date(),
                  articles.size()),
              articles));
    }
    return out;
  }

  private static Person merged(Person first, Person second) {
    Set<String> titles = new LinkedHashSet<>(first.titles());
    titles.addAll(second.titles());
    return new Person(
        first.name(), first.role() != null ? first.role() : second.role(), List.copyOf(titles));
  }
}
