package baoku.enrich;

import static baoku.enrich.EnrichKeys.SIGHTINGS;
import static baoku.enrich.EnrichKeys.TAGGED;

import baoku.pipeline.Document;
import baoku.pipeline.Key;
import baoku.pipeline.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds the people each article names, in its body and in its headline and captions. */
public final class SightingStage implements Stage {
  private final PersonFinder people;

  public SightingStage(PersonFinder people) {
    this.people = people;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(TAGGED);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(SIGHTINGS);
  }

  @Override
  public void apply(Document document) {
    List<List<Sighting>> out = new ArrayList<>();
    for (TaggedArticle article : document.get(TAGGED)) {
      List<Sighting> seen = new ArrayList<>(find(article.body()));
      for (TaggedText text : article.around()) {
        seen.addAll(find(text));
      }
      out.add(seen);
    }
    document.put(SIGHTINGS, out);
  }

  private List<Sighting> find(TaggedText text) {
    return people.find(text.text(), text.words());
  }

  @Override
  public String name() {
    return "sightings";
  }
}
