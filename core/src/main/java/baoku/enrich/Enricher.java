package baoku.enrich;

import baoku.page.Page;
import baoku.parse.ParserCues;
import baoku.pipeline.Document;
import baoku.pipeline.Pipeline;
import java.util.List;
import java.util.Set;

/**
 * Finds who, where and when on a parsed page: the page's people with their titles and roles, and in
 * each article the people, places and organisations named and the dates, resolved against the issue
 * date. Thread-safe; build one and share it.
 */
public final class Enricher {
  private final Pipeline pipeline;

  public Enricher(Tagger tagger, EnrichCues cues, DateCues dateCues, ParserCues bylines) {
    NameShape names = new NameShape(cues);
    BodyNameReader bodies = new BodyNameReader(cues);
    PersonFinder people = new PersonFinder(cues, names, new TitleFinder(cues, names, bodies));
    this.pipeline =
        Pipeline.of(
            "enricher",
            Set.of(EnrichKeys.PARSED),
            List.of(
                new TaggingStage(tagger),
                new SightingStage(people),
                new PeopleStage(new PeopleCollector(names, new Roles(cues), bylines)),
                new MentionStage(new EntityFinder(cues, bodies)),
                new DateStage(new DateFinder(dateCues)),
                new EnrichedPageStage()));
  }

  /** An enricher with the word lists shipped with Baoku. */
  public Enricher(Tagger tagger) {
    this(tagger, EnrichCues.standard(), DateCues.standard(), ParserCues.standard());
  }

  public Page enrich(Page page) {
    Document document = new Document().put(EnrichKeys.PARSED, page);
    pipeline.apply(document);
    return document.get(EnrichKeys.ENRICHED);
  }

  /** The stages this enricher runs, in order. */
  public Pipeline pipeline() {
    return pipeline;
  }
}
