package baoku.enrich;

import baoku.enrich.names.NameFeatures;
import baoku.enrich.names.NameModel;
import baoku.enrich.names.NameModelFile;
import baoku.page.Page;
import baoku.parse.ParserCues;
import baoku.pipeline.Document;
import baoku.pipeline.Pipeline;
import baoku.resource.ResourceLoader;
import java.util.List;
import java.util.Set;

/**
 * Finds who, where and when on a parsed page: the page's people with their titles and roles, and in
 * each article the people, places and organisations named and the dates, resolved against the issue
 * date. Thread-safe; build one and share it.
 */
public final class Enricher {
  private final Pipeline pipeline;

  public Enricher(
      Tagger tagger, EnrichCues cues, NameModel nameModel, DateCues dateCues, ParserCues bylines) {
    NameShape names = new NameShape(cues);
    BodyNameReader bodies = new BodyNameReader(cues);
    PersonFinder people =
        new PersonFinder(
            cues, names, new TitleFinder(cues, names, new TitleScope(cues)), nameModel);
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

  /** An enricher with the word lists and the person-name model shipped with Baoku. */
  public Enricher(Tagger tagger) {
    this(tagger, EnrichCues.standard());
  }

  private Enricher(Tagger tagger, EnrichCues cues) {
    this(tagger, cues, standardNameModel(cues), DateCues.standard(), ParserCues.standard());
  }

  /** The person-name model shipped with Baoku, its family-name feature read from {@code cues}. */
  public static NameModel standardNameModel(EnrichCues cues) {
    return NameModelFile.standard(new ResourceLoader(), new NameFeatures(cues.surnames()));
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
