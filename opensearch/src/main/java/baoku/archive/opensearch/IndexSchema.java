package baoku.archive.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The index template of one archive: its analysers, mappings and schema version. Indices are named
 * {@code NAME-vSCHEMA-NNNNNN} and reached through the alias {@code NAME}, so that a reindex (after
 * an analyser change, say) builds a new index beside the old and swaps the alias at once.
 */
final class IndexSchema {
  /** Raise when a mapping or an analyser changes: an older index must then be reindexed. */
  static final int VERSION = 3;

  /** Joins pre-analysed tokens: a control character that no token of text contains. */
  static final String TOKEN_SEPARATOR = "\u001f";

  static final String TERMS_ANALYZER = "baoku_terms";
  static final String BIGRAM_ANALYZER = "baoku_bigrams";

  private final ObjectMapper json;
  private final TextFolding folding;

  IndexSchema(ObjectMapper json, TextFolding folding) {
    this.json = json;
    this.folding = folding;
  }

  static String templateName(String archive) {
    return "baoku-" + archive;
  }

  static String indexPattern(String archive) {
    return archive + "-v" + VERSION + "-*";
  }

  static String firstIndex(String archive) {
    return archive + "-v" + VERSION + "-000001";
  }

  /** What the index's {@code _meta} holds, to recognise an archive and its schema. */
  ObjectNode meta() {
    ObjectNode meta = json.createObjectNode();
    meta.put("baoku_schema", VERSION);
    meta.put("baoku_folding", folding.fingerprint());
    return meta;
  }

  /** The composable template that every index of the archive is created from. */
  ObjectNode template(String archive, int shards, int replicas) {
    ObjectNode root = json.createObjectNode();
    root.putArray("index_patterns").add(indexPattern(archive));
    root.put("priority", 500);
    ObjectNode template = root.putObject("template");
    template.set("settings", settings(shards, replicas));
    template.set("mappings", mappings());
    root.putObject("_meta").put("description", "Baoku archive '" + archive + "'");
    return root;
  }

  private ObjectNode settings(int shards, int replicas) {
    ObjectNode settings = json.createObjectNode();
    ObjectNode index = settings.putObject("index");
    index.put("number_of_shards", shards);
    index.put("number_of_replicas", replicas);
    // Readers see a commit, as in the embedded store: the archive refreshes on commit only.
    index.put("refresh_interval", "-1");
    index.put("max_result_window", 100_000);
    ObjectNode analysis = settings.putObject("analysis");
    ObjectNode charFilters = analysis.putObject("char_filter");
    ObjectNode fold = charFilters.putObject("baoku_fold");
    fold.put("type", "mapping");
    ArrayNode rules = fold.putArray("mappings");
    folding.rules().forEach(rules::add);
    ObjectNode join = charFilters.putObject("baoku_join_han");
    join.put("type", "pattern_replace");
    join.put("pattern", "(?<=\\p{IsHan})\\s+(?=\\p{IsHan})");
    join.put("replacement", "");
    ObjectNode tokenizers = analysis.putObject("tokenizer");
    ObjectNode separated = tokenizers.putObject("baoku_separated");
    separated.put("type", "pattern");
    separated.put("pattern", TOKEN_SEPARATOR);
    ObjectNode analyzers = analysis.putObject("analyzer");
    ObjectNode bigrams = analyzers.putObject(BIGRAM_ANALYZER);
    bigrams.put("type", "custom");
    bigrams.putArray("char_filter").add("baoku_fold").add("baoku_join_han");
    bigrams.put("tokenizer", "standard");
    bigrams.putArray("filter").add("cjk_bigram");
    ObjectNode terms = analyzers.putObject(TERMS_ANALYZER);
    terms.put("type", "custom");
    terms.put("tokenizer", "baoku_separated");
    return settings;
  }

  /**
   * Fields added since version 3 without a reindex (new fields only): an index made before gets
   * them when it is next opened for writing.
   */
  ObjectNode addedFields() {
    ObjectNode properties = json.createObjectNode();
    properties.putObject(Fields.RUN).put("type", "keyword");
    properties.putObject(Fields.SOURCE).put("type", "keyword");
    properties.putObject(Fields.JOURNAL_AT).put("type", "date");
    properties.putObject(Fields.JOURNAL_TEXT).put("type", "keyword").put("index", false);
    return properties;
  }

  private ObjectNode mappings() {
    ObjectNode mappings = json.createObjectNode();
    mappings.put("dynamic", "strict");
    mappings.set("_meta", meta());
    // Word tokens are cut in Java from the text that _source holds anyway.
    mappings
        .putObject("_source")
        .putArray("excludes")
        .add(Fields.TITLE_WORDS)
        .add(Fields.BODY_WORDS);
    ObjectNode properties = mappings.putObject("properties");
    properties.setAll(addedFields());
    for (String keyword :
        new String[] {
          Fields.KIND,
          Fields.ISSUE_ID,
          Fields.PAGE_ID,
          Fields.ARTICLE_ID,
          Fields.LOGICAL_ID,
          Fields.PAPER,
          Fields.AUTHORS,
          Fields.GENRE,
          Fields.PERSONS,
          Fields.PLACES,
          Fields.ORGS,
          // Folded names, for filters only: no field query names them, so no norms are needed.
          Fields.PERSON_KEYS,
          Fields.PLACE_KEYS,
          Fields.ORG_KEYS,
          Fields.YEAR,
          Fields.MONTH,
          Fields.PAGE_LABEL,
          Fields.SIGHTING_NAME,
          Fields.SIGHTING_PAPER,
          Fields.SIGHTING_ROLE,
          Fields.SIGHTING_TITLES,
          Fields.SIGHTING_TITLES_REVERSED
        }) {
      properties.putObject(keyword).put("type", "keyword");
    }
    for (String date : new String[] {Fields.DATE, Fields.SIGHTING_DATE}) {
      properties.putObject(date).put("type", "date").put("format", "strict_date");
    }
    for (String number :
        new String[] {
          Fields.PAGE_NUMBER,
          Fields.ORDINAL,
          Fields.ARTICLE_COUNT,
          Fields.SIGHTING_ARTICLE_COUNT,
          Fields.SIGHTING_PAGE,
          Fields.PERSON_COUNT
        }) {
      properties.putObject(number).put("type", "integer");
    }
    for (String text : new String[] {Fields.TITLE, Fields.BODY}) {
      properties
          .putObject(text)
          .put("type", "text")
          .put("analyzer", BIGRAM_ANALYZER)
          .put("index_options", "offsets");
    }
    // Words and folded names: tokens made in Java. Names are text, not keywords, so that a
    // field query (author:张清) scores with norms, as the embedded store's does.
    for (String words :
        new String[] {
          Fields.TITLE_WORDS,
          Fields.BODY_WORDS,
          Fields.PAPER_KEY,
          Fields.AUTHOR_KEYS,
          Fields.GENRE_KEY
        }) {
      properties.putObject(words).put("type", "text").put("analyzer", TERMS_ANALYZER);
    }
    for (String record :
        new String[] {
          Fields.PAGE_RECORD, Fields.ISSUE_RECORD, Fields.PAGE_SUMMARIES, Fields.SIGHTING_ARTICLES
        }) {
      properties.putObject(record).put("type", "object").put("enabled", false);
    }
    return mappings;
  }
}
