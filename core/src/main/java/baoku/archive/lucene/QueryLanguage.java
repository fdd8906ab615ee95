package baoku.archive.lucene;

import baoku.archive.ArticleFilter;
import baoku.archive.analysis.ChineseAnalyzers;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;

/**
 * The search query language exactly as the embedded store reads it, for another store to translate
 * into its own: the same parse gives both stores the same clauses, boosts and terms.
 */
public final class QueryLanguage {
  /** The index fields a parsed query names. */
  public static final String TITLE_WORDS = Fields.TITLE;

  public static final String TITLE_BIGRAMS = Fields.TITLE_BIGRAMS;
  public static final String BODY_WORDS = Fields.BODY;
  public static final String BODY_BIGRAMS = Fields.BODY_BIGRAMS;
  public static final String PAPER = Fields.PAPER;
  public static final String AUTHOR = Fields.AUTHOR;
  public static final String GENRE = Fields.GENRE;

  /** Fields of names found in articles: filters only, never named in a query. */
  public static final String PERSON = Fields.PERSON;

  public static final String PLACE = Fields.PLACE;
  public static final String ORG = Fields.ORG;

  private final Analyzer analyzer;

  public QueryLanguage(ChineseAnalyzers analyzers) {
    this.analyzer = ArchiveAnalyzer.of(analyzers);
  }

  /**
   * The query as a Lucene query over the fields above; a blank query matches all.
   *
   * @throws baoku.archive.InvalidQueryException if the text cannot be read
   */
  public Query parse(String text) {
    return ArticleSearch.parse(analyzer, text);
  }

  /** The analysis each field gets at index and query time. */
  public Analyzer analyzer() {
    return analyzer;
  }

  /** A filter value folded as the index holds it (see {@link ArticleFilter}). */
  public String fold(String field, String value) {
    return Folding.fold(analyzer, field, value);
  }
}
