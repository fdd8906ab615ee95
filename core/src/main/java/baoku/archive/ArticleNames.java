package baoku.archive;

import baoku.page.Article;
import baoku.page.Mention;
import baoku.page.Page;
import baoku.page.Person;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The people, places and organisations an article names, for filters and facets: its mentions, plus
 * the page's people whose names its headline or text print (a name in a list of leaders may be
 * found on the page but not as a mention of the article). Every store indexes these, so that
 * filters and facets by name agree between stores.
 */
public record ArticleNames(Set<String> people, Set<String> places, Set<String> orgs) {
  public static ArticleNames of(Article article, Page page) {
    Set<String> people = new LinkedHashSet<>();
    Set<String> places = new LinkedHashSet<>();
    Set<String> orgs = new LinkedHashSet<>();
    for (Mention mention : article.mentions()) {
      String name = mention.normalized() == null ? mention.text() : mention.normalized();
      if (name == null || name.isBlank() || mention.type() == null) {
        continue;
      }
      switch (mention.type()) {
        case PERSON -> people.add(name);
        case PLACE -> places.add(name);
        case ORG -> orgs.add(name);
      }
    }
    String printed = article.headline() + "\n" + article.text();
    for (Person person : page.people()) {
      if (person.name() != null && !person.name().isBlank() && printed.contains(person.name())) {
        people.add(person.name());
      }
    }
    return new ArticleNames(Set.copyOf(people), Set.copyOf(places), Set.copyOf(orgs));
  }
}
