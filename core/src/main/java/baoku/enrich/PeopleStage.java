package baoku.enrich;

import static baoku.enrich.EnrichKeys.PARSED;
import static baoku.enrich.EnrichKeys.PEOPLE;
import static baoku.enrich.EnrichKeys.SIGHTINGS;
import static baoku.enrich.EnrichKeys.TAGGED;

import baoku.page.Article;
import baoku.pipeline.Document;
import baoku.pipeline.Key;
import baoku.pipeline.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The page's people list: one entry per person, titles merged over the page, a role each. */
public final class PeopleStage implements Stage {
  private final PeopleCollector collector;

  public PeopleStage(PeopleCollector collector) {
    this.collector = collector;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(PARSED, TAGGED, SIGHTINGS);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(PEOPLE);
  }

  @Override
  public void apply(Document document) {
    List<Article> articles = document.get(PARSED).articles();
    List<List<Sighting>> sightings = document.get(SIGHTINGS);
    List<PeopleCollector.ArticlePeople> input = new ArrayList<>();
    StringBuilder pageText = new StringBuilder();
    for (int i = 0; i < articles.size(); i++) {
      Article article = articles.get(i);
      input.add(
          new PeopleCollector.ArticlePeople(article.authors(), article.images(), sightings.get(i)));
      TaggedArticle tagged = document.get(TAGGED).get(i);
      pageText.append(tagged.body().text()).append('\n');
      tagged.around().forEach(t -> pageText.append(t.text()).append('\n'));
    }
    document.put(PEOPLE, collector.collect(input, pageText.toString()));
  }

  @Override
  public String name() {
    return "people";
  }
}
