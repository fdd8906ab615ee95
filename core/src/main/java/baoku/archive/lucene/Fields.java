package baoku.archive.lucene;

/**
 * The field names of the index. One index holds four kinds of document: an issue record, a page
 * record (with the page's JSON, from which every view is rebuilt), one document per article and one
 * per person the page names (a sighting, for the people index).
 */
final class Fields {
  private Fields() {}

  /** {@code issue}, {@code page}, {@code article} or {@code sighting}. */
  static final String KIND = "kind";

  static final String ISSUE = "issue";
  static final String PAGE = "page";
  static final String ARTICLE = "article";
  static final String SIGHTING = "sighting";

  /**
   * A sighting's fields, its own so that no search statistic of the articles' fields counts it: the
   * name (a keyword and doc values), role and titles (doc values; the titles joined, as printed),
   * each title reversed (a keyword, so that a title's ending is a prefix query), the issue date as
   * an epoch day, how many articles print the name, and those articles' ordinals and headlines
   * (stored, in reading order).
   */
  static final String SIGHTING_NAME = "sighting_name";

  static final String SIGHTING_ROLE = "sighting_role";
  static final String SIGHTING_TITLES = "sighting_titles";
  static final String SIGHTING_TITLE_REVERSED = "sighting_title_reversed";
  static final String SIGHTING_DAY = "sighting_day";
  static final String SIGHTING_PAPER = "sighting_paper";
  static final String SIGHTING_PAGE = "sighting_page";
  static final String SIGHTING_ARTICLE_COUNT = "sighting_article_count";
  static final String SIGHTING_ORDINAL = "sighting_ordinal";
  static final String SIGHTING_HEADLINE = "sighting_headline";

  /** In the commit's user data of an archive whose pages all have their sightings. */
  static final String PEOPLE_INDEXED = "people_indexed";

  /** Ids as strings; every document carries its issue's and page's. */
  static final String ISSUE_ID = "issue_id";

  static final String PAGE_ID = "page_id";
  static final String ARTICLE_ID = "article_id";

  /**
   * The ingest run that put a page, on every document of its block (so that a run's pages go in one
   * delete); the page's source fingerprint, on its record only (so that a rerun finds it).
   */
  static final String RUN = "run";

  static final String SOURCE = "source";

  /** A line of the archive's log: {@code journal}, with when (epoch milliseconds) and what. */
  static final String JOURNAL = "journal";

  static final String JOURNAL_AT = "journal_at";
  static final String JOURNAL_TEXT = "journal_text";

  /** Only on the issue record, so that updating it touches nothing else. */
  static final String ISSUE_RECORD = "issue_record";

  static final String LOGICAL_ID = "logical_id";

  /** Folded keyword fields, for filters and field queries. */
  static final String PAPER = "paper";

  static final String AUTHOR = "author";
  static final String GENRE = "genre";

  /** Names enrichment found in an article: people, places and organisations. */
  static final String PERSON = "person";

  static final String PLACE = "place";
  static final String ORG = "org";

  /** Raw values kept for display and sorting. */
  static final String PAPER_NAME = "paper_name";

  static final String AUTHOR_NAMES = "author_names";
  static final String GENRE_NAME = "genre_name";

  /** Epoch day, as a point for ranges, doc values for sorting, and stored. */
  static final String DATE = "date";

  /** Page number, as a point, doc values and stored. */
  static final String PAGE_NUMBER = "page_number";

  /** The article's place on its page, from 1. */
  static final String ORDINAL = "ordinal";

  /** Segmented words (not stored) and bigrams (stored, with offsets for highlighting). */
  static final String TITLE = "title";

  static final String TITLE_BIGRAMS = "title.bigram";
  static final String BODY = "body";
  static final String BODY_BIGRAMS = "body.bigram";

  static final String PAGE_JSON = "page_json";
  static final String ISSUE_JSON = "issue_json";
  static final String PAGES_JSON = "pages_json";
  static final String ARTICLE_COUNT = "article_count";

  /**
   * On the issue record, as doc values: how many pages and articles it holds, so that listing
   * issues reads no stored field. Records written before they were kept lack them.
   */
  static final String ISSUE_PAGE_COUNT = "issue_page_count";

  static final String ISSUE_ARTICLE_COUNT = "issue_article_count";

  /** Facet dimensions. */
  static final String FACET_PAPER = "paper";

  static final String FACET_YEAR = "year";
  static final String FACET_MONTH = "month";
  static final String FACET_PAGE = "page";
  static final String FACET_AUTHOR = "author";
  static final String FACET_GENRE = "genre";
  static final String FACET_PERSON = "person";
  static final String FACET_PLACE = "place";
  static final String FACET_ORG = "org";

  static final String[] FACETS = {
    FACET_PAPER,
    FACET_YEAR,
    FACET_MONTH,
    FACET_PAGE,
    FACET_AUTHOR,
    FACET_GENRE,
    FACET_PERSON,
    FACET_PLACE,
    FACET_ORG
  };
}
