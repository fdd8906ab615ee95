package baoku.archive.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * Reads the query language of {@code baoku search}: words, "quoted phrases", AND / OR / NOT (and +
 * / -), parentheses, and field prefixes. Several words must all occur.
 *
 * <p>Each piece of text becomes, per field, a phrase over the bigram field, which is what decides
 * whether an article matches (so any run of two or more characters that occurs is found, however
 * the segmenter cut it). In the headline an optional phrase over the word field adds to the score:
 * a headline that has the words as words ranks above one where they only run together. Bodies are
 * ranked by their bigrams alone; scoring every body's words as well cost a sixth of all search
 * time. A lone character cannot be a bigram; for text with one, either field may match.
 */
final class ArchiveQueryParser extends QueryParser {
  /** The field a bare word searches: headline and body. */
  static final String ANY_TEXT = "text";

  private static final float TITLE_BOOST = 2f;

  /** Prefixes for keyword fields, as users type them. */
  private static final Map<String, String> KEYWORD_FIELDS =
      Map.of("author", Fields.AUTHOR, "paper", Fields.PAPER, "genre", Fields.GENRE);

  ArchiveQueryParser(Analyzer analyzer) {
    super(ANY_TEXT, analyzer);
    setDefaultOperator(AND_OPERATOR);
    setSplitOnWhitespace(true);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted)
      throws ParseException {
    return switch (field) {
      case ANY_TEXT -> {
        Query title = text(Fields.TITLE_BIGRAMS, Fields.TITLE, queryText, true);
        Query body = text(Fields.BODY_BIGRAMS, Fields.BODY, queryText, false);
        if (title == null || body == null) {
          yield null;
        }
        yield new BooleanQuery.Builder()
            .add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD)
            .add(body, Occur.SHOULD)
            .build();
      }
      case "title" -> text(Fields.TITLE_BIGRAMS, Fields.TITLE, queryText, true);
      case "body" -> text(Fields.BODY_BIGRAMS, Fields.BODY, queryText, false);
      default -> {
        String keywordField = KEYWORD_FIELDS.get(field);
        if (keywordField == null) {
          throw new ParseException(
              "unknown field '" + field + ":' (known: title, body, author, paper, genre)");
        }
        yield super.getFieldQuery(keywordField, queryText, quoted);
      }
    };
  }

  /**
   * The bigram phrase, which decides; with the word phrase beside it where the text has a lone
   * character (either may match) or where {@code wordScores} (it only adds to the score).
   */
  private Query text(String bigramField, String wordField, String text, boolean wordScores) {
    Query bigrams = createPhraseQuery(bigramField, text);
    boolean lone = bigrams == null || hasLoneCharacter(bigramField, text);
    if (!lone && !wordScores) {
      return bigrams;
    }
    Query words = createPhraseQuery(wordField, text);
    if (bigrams == null) {
      return words;
    }
    if (words == null) {
      return bigrams;
    }
    return new BooleanQuery.Builder()
        .add(bigrams, lone ? Occur.SHOULD : Occur.MUST)
        .add(words, Occur.SHOULD)
        .build();
  }

  /** Whether the bigram chain leaves a single ideograph, which the index holds only when alone. */
  private boolean hasLoneCharacter(String bigramField, String text) {
    try (TokenStream tokens = getAnalyzer().tokenStream(bigramField, text)) {
      TypeAttribute type = tokens.addAttribute(TypeAttribute.class);
      tokens.reset();
      boolean lone = false;
      while (tokens.incrementToken()) {
        lone |= CJKBigramFilter.SINGLE_TYPE.equals(type.type());
      }
      tokens.end();
      return lone;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    throw new ParseException("wildcards (* ?) are not supported: every substring already matches");
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    throw new ParseException("wildcards (* ?) are not supported: every substring already matches");
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
      throws ParseException {
    throw new ParseException("fuzzy queries (~) are not supported");
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    throw new ParseException("regular expressions are not supported");
  }

  @Override
  protected Query getRangeQuery(
      String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    throw new ParseException("ranges in the query are not supported: use --from and --to");
  }
}
