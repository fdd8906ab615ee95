package baoku.enrich;

import static baoku.enrich.EnrichKeys.MENTIONS;
import static baoku.enrich.EnrichKeys.PEOPLE;
import static baoku.enrich.EnrichKeys.TAGGED;

import baoku.page.EntityType;
import baoku.page.Mention;
import baoku.page.Person;
import baoku.pipeline.Document;
import baoku.pipeline.Key;
import baoku.pipeline.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Marks people, places and organisations in each article's body. A person is marked wherever the
 * page's people list names them, so a name found once by its title is found everywhere; where a
 * person's name and a place or organisation overlap, the person wins.
 */
public final class MentionStage implements Stage {
  private final EntityFinder entities;

  public MentionStage(EntityFinder entities) {
    this.entities = entities;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(TAGGED, PEOPLE);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(MENTIONS);
  }

  @Override
  public void apply(Document document) {
    List<String> names =
        document.get(PEOPLE).stream()
            .map(Person::name)
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    List<List<Mention>> out = new ArrayList<>();
    for (TaggedArticle article : document.get(TAGGED)) {
      TaggedText body = article.body();
      out.add(merge(people(body.text(), names), entities.find(body.text(), body.words())));
    }
    document.put(MENTIONS, out);
  }

  /** Every occurrence of each name, longest names first, none overlapping. */
  static List<Mention> people(String text, List<String> names) {
    List<Mention> out = new ArrayList<>();
    for (String name : names) {
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        int start = at;
        int end = at + name.length();
        if (out.stream().noneMatch(m -> m.start() < end && start < m.end())) {
          out.add(new Mention(EntityType.PERSON, name, start, end, name));
        }
      }
    }
    return out;
  }

  static List<Mention> merge(List<Mention> people, List<Mention> others) {
    List<Mention> out = new ArrayList<>(people);
    for (Mention m : others) {
      if (people.stream().noneMatch(p -> p.start() < m.end() && m.start() < p.end())) {
        out.add(m);
      }
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  @Override
  public String name() {
    return "mentions";
  }
}
