package baoku.enrich;

import baoku.page.DateMention;
import baoku.page.Mention;
import baoku.page.Page;
import baoku.page.Person;
import baoku.pipeline.Key;
import java.util.List;

/** The slots enrichment's stages read and write; lists run parallel to the page's articles. */
public final class EnrichKeys {
  private EnrichKeys() {}

  /** The page as parsed: the input. */
  public static final Key<Page> PARSED = Key.of("parsed page", Page.class);

  public static final Key<List<TaggedArticle>> TAGGED = Key.of("tagged articles", List.class);

  /** Per article: the people seen in each of its texts, body first. */
  public static final Key<List<List<Sighting>>> SIGHTINGS = Key.of("sightings", List.class);

  public static final Key<List<Person>> PEOPLE = Key.of("people", List.class);

  /** Per article: people, places and organisations in its body. */
  public static final Key<List<List<Mention>>> MENTIONS = Key.of("mentions", List.class);

  public static final Key<List<List<DateMention>>> DATES = Key.of("dates", List.class);

  /** The page with its people and its articles' mentions: the output. */
  public static final Key<Page> ENRICHED = Key.of("enriched page", Page.class);
}
