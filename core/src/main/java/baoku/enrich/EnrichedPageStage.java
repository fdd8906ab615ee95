package baoku.enrich;

import static baoku.enrich.EnrichKeys.DATES;
import static baoku.enrich.EnrichKeys.ENRICHED;
import static baoku.enrich.EnrichKeys.MENTIONS;
import static baoku.enrich.EnrichKeys.PARSED;
import static baoku.enrich.EnrichKeys.PEOPLE;

import baoku.page.Article;
import baoku.page.Page;
import baoku.pipeline.Document;
import baoku.pipeline.Key;
import baoku.pipeline.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Puts what the stages found onto the page: its people, and each article's mentions and dates. */
public final class EnrichedPageStage implements Stage {
  @Override
  public Set<Key<?>> requires() {
    return Set.of(PARSED, PEOPLE, MENTIONS, DATES);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(ENRICHED);
  }

  @Override
  public void apply(Document document) {
    Page page = document.get(PARSED);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < page.articles().size(); i++) {
      articles.add(
          page.articles()
              .get(i)
              .withMentions(document.get(MENTIONS).get(i), document.get(DATES).get(i)));
    }
    document.put(ENRICHED, page.withArticles(articles).withPeople(document.get(PEOPLE)));
  }

  @Override
  public String name() {
    return "enriched page";
  }
}
