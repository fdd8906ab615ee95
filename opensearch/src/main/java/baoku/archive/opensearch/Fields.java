package baoku.archive.opensearch;

/** The fields of the cluster index; {@code docs/scaling.md} explains each. */
final class Fields {
  private Fields() {}

  static final String KIND = "kind";
  static final String ISSUE = "issue";
  static final String PAGE = "page";
  static final String ARTICLE = "article";
  static final String SIGHTING = "sighting";

  /**
   * A sighting (one person on one page, for the people index), in fields of its own so that no
   * search statistic of the articles counts it: name, role, titles as printed and reversed (a
   * title's ending is then a prefix), issue date, paper and page number (the order of a person's
   * articles), how many articles print the name, and those articles (kept in _source only). The
   * page record says how many sightings it has.
   */
  static final String SIGHTING_NAME = "sighting_name";

  static final String SIGHTING_ROLE = "sighting_role";
  static final String SIGHTING_TITLES = "sighting_titles";
  static final String SIGHTING_TITLES_REVERSED = "sighting_titles_reversed";
  static final String SIGHTING_DATE = "sighting_date";
  static final String SIGHTING_PAPER = "sighting_paper";
  static final String SIGHTING_PAGE = "sighting_page";
  static final String SIGHTING_ARTICLE_COUNT = "sighting_article_count";
  static final String SIGHTING_ARTICLES = "sighting_articles";
  static final String PERSON_COUNT = "person_count";

  /**
   * The ingest run that put a page, on its record, articles and sightings; the page's source
   * fingerprint, on its record. A line of the archive's log is a {@code journal} document.
   */
  static final String RUN = "run";

  static final String SOURCE = "source";
  static final String JOURNAL = "journal";
  static final String JOURNAL_AT = "journal_at";
  static final String JOURNAL_TEXT = "journal_text";

  static final String ISSUE_ID = "issue_id";
  static final String PAGE_ID = "page_id";
  static final String ARTICLE_ID = "article_id";
  static final String LOGICAL_ID = "logical_id";

  /** Names as printed: facets, sorting, listings. */
  static final String PAPER = "paper";

  static final String AUTHORS = "authors";
  static final String GENRE = "genre";

  /** Names enrichment found in an article (see ArticleNames), as printed: facets. */
  static final String PERSONS = "person";

  static final String PLACES = "place";
  static final String ORGS = "org";

  /** Names folded as the embedded store folds them: filters and field queries. */
  static final String PAPER_KEY = "paper_key";

  static final String AUTHOR_KEYS = "author_keys";
  static final String GENRE_KEY = "genre_key";
  static final String PERSON_KEYS = "person_keys";
  static final String PLACE_KEYS = "place_keys";
  static final String ORG_KEYS = "org_keys";

  static final String DATE = "date";
  static final String PAGE_NUMBER = "page_number";
  static final String ORDINAL = "ordinal";
  static final String ARTICLE_COUNT = "article_count";

  /** Facet values as strings, ordered as the embedded store orders them. */
  static final String YEAR = "year";

  static final String MONTH = "month";
  static final String PAGE_LABEL = "page_label";

  /** The original text, analysed into bigrams server-side: matching and highlighting. */
  static final String TITLE = "title";

  static final String BODY = "body";

  /** HanLP's words, cut in Java as the embedded store cuts them: ranking only. */
  static final String TITLE_WORDS = "title_words";

  static final String BODY_WORDS = "body_words";

  /** The records every view is rebuilt from, kept in _source only. */
  static final String PAGE_RECORD = "page_record";

  static final String ISSUE_RECORD = "issue_record";
  static final String PAGE_SUMMARIES = "page_summaries";

  /** Facet name (as SearchResult names it) → field. */
  static final String[][] FACETS = {
    {"paper", PAPER},
    {"year", YEAR},
    {"month", MONTH},
    {"page", PAGE_LABEL},
    {"author", AUTHORS},
    {"genre", GENRE},
    {"person", PERSONS},
    {"place", PLACES},
    {"org", ORGS}
  };
}
