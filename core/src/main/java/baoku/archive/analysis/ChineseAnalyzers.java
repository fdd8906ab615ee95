package baoku.archive.analysis;

import baoku.resource.ResourceLoader;
import baoku.words.TextFolding;
import baoku.words.WordSegmenter;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The three analysis chains of the archive, one per kind of field. All fold the same way, at index
 * and at query time ({@link TextFolding}): NFKC with case folding (full-width ＡＢＣ１２ → abc12,
 * compatibility ideographs → unified) and traditional → simplified (陳 → 陈).
 */
public final class ChineseAnalyzers {
  /** ICU's transform from traditional to simplified characters. */
  public static final String TRADITIONAL_TO_SIMPLIFIED = TextFolding.TRADITIONAL_TO_SIMPLIFIED;

  private final WordSegmenter segmenter;
  private final TextFolding folding;
  private final SimplifiedTokenForms simplifiedTokens;
  private final GenreNames genreNames;

  /** Analyzers with a word segmenter of their own. */
  public ChineseAnalyzers() {
    this(new WordSegmenter(new TextFolding()));
  }

  /**
   * Analyzers whose word fields are cut by {@code segmenter}: share it with the enricher's tagger,
   * and a page going into the archive is cut into words once.
   */
  public ChineseAnalyzers(WordSegmenter segmenter) {
    this.segmenter = segmenter;
    this.folding = segmenter.folding();
    this.simplifiedTokens = new SimplifiedTokenForms(folding.simplify());
    this.genreNames = GenreNames.load(new ResourceLoader());
  }

  /**
   * Words, for ranking: each line folded and cut by the shared segmenter ({@link WordTokenizer});
   * the segmenter folds before it cuts, so it sees simplified, half-width text.
   */
  public Analyzer words() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new WordTokenizer(segmenter));
      }
    };
  }

  /**
   * Overlapping character pairs, for recall: fold (and join ideographs split by white space) →
   * StandardTokenizer (one token per ideograph, words for Latin and digits) → simplify each
   * ideograph → join neighbours into bigrams. Any run of two or more ideographs in a text is then a
   * phrase of bigrams, whatever the segmenter did.
   */
  public Analyzer bigrams() {
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return folding.foldWidthAndSpace(reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream simplified = new SimplifyingFilter(source, simplifiedTokens);
        return new TokenStreamComponents(source, new CJKBigramFilter(simplified));
      }
    };
  }

  /**
   * Whole values (an author, a paper, a genre) as one folded, simplified token, so that filters
   * match 陳光浩 and ｘｘ日报 as well.
   */
  public Analyzer keywords() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new KeywordTokenizer();
        TokenStream folded = new ICUNormalizer2Filter(source, folding.caseAndWidth());
        return new TokenStreamComponents(source, new SimplifyingFilter(folded, simplifiedTokens));
      }
    };
  }

  /** A genre as a keyword, its name read as its code: {@code genre:消息} is {@code genre:news}. */
  public Analyzer genres() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new KeywordTokenizer();
        TokenStream folded = new ICUNormalizer2Filter(source, folding.caseAndWidth());
        TokenStream simplified = new SimplifyingFilter(folded, simplifiedTokens);
        return new TokenStreamComponents(source, new GenreCodeFilter(simplified, genreNames));
      }
    };
  }

  /** The genres' codes and names. */
  public GenreNames genreNames() {
    return genreNames;
  }
}
