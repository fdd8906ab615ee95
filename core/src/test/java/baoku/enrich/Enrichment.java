package baoku.enrich;

import baoku.parse.ParserCues;

/** The enrichment parts as the product builds them, shared by tests: HanLP loads once per run. */
final class Enrichment {
  static final HanLpTagger TAGGER = new HanLpTagger();
  static final EnrichCues CUES = EnrichCues.standard();
  static final NameShape NAMES = new NameShape(CUES);
  static final BodyNameReader BODIES = new BodyNameReader(CUES);
  static final TitleFinder TITLES = new TitleFinder(CUES, NAMES, new TitleScope(CUES));
  static final baoku.enrich.names.NameModel NAME_MODEL = Enricher.standardNameModel(CUES);
  static final PersonFinder PEOPLE = new PersonFinder(CUES, NAMES, TITLES, NAME_MODEL);
  static final EntityFinder ENTITIES = new EntityFinder(CUES, BODIES);
  static final Enricher ENRICHER =
      new Enricher(TAGGER, CUES, NAME_MODEL, DateCues.standard(), ParserCues.standard());

  private Enrichment() {}
}
