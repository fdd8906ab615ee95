package baoku.archive.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.io.Reader;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The three analysis chains of the archive, one per kind of field. All fold the same way, at index
 * and at query time: NFKC with case folding (full-width ＡＢＣ１２ → abc12, compatibility ideographs →
 * unified) and traditional → simplified (陳 → 陈).
 */
public final class ChineseAnalyzers {
  /** ICU's transform from traditional to simplified characters. */
  public static final String TRADITIONAL_TO_SIMPLIFIED = "Traditional-Simplified";

  /**
   * White space between two ideographs is layout (a wrapped line, a headline set in parts), not a
   * word break: 陈光浩 讲话 reads as 陈光浩讲话.
   */
  private static final Pattern SPACE_BETWEEN_IDEOGRAPHS =
      // The leading (?=\s) changes no match; it only spares the look-behind at every character.
      Pattern.compile("(?=\\s)(?<=\\p{IsHan})\\s+(?=\\p{IsHan})");

  private final Supplier<Segment> segments;
  private final Normalizer2 folding =
      Normalizer2.getInstance(null, "nfkc_cf", Normalizer2.Mode.COMPOSE);
  private final Transliterator simplify = sourceFiltered(TRADITIONAL_TO_SIMPLIFIED);
  private final SimplifiedForms simplifiedForms = new SimplifiedForms(simplify);
  private final SimplifiedTokenForms simplifiedTokens = new SimplifiedTokenForms(simplify);

  /** Analyzers whose word fields use HanLP's default segmenter. */
  public ChineseAnalyzers() {
    this(() -> HanLP.newSegment().enableOffset(true));
  }

  /** {@code segments} makes one segmenter per tokenizer, with offsets enabled. */
  public ChineseAnalyzers(Supplier<Segment> segments) {
    this.segments = segments;
  }

  /**
   * The transform restricted to the characters it can change, as Lucene's {@code
   * ICUTransformFilter} restricts it, so that every user of it transliterates alike.
   */
  private static Transliterator sourceFiltered(String id) {
    Transliterator transform = Transliterator.getInstance(id);
    if (transform.getFilter() == null && !transform.getSourceSet().isEmpty()) {
      transform.setFilter(transform.getSourceSet());
    }
    return transform;
  }

  /** Width and case folding, then white space between ideographs removed. */
  private Reader fold(Reader reader) {
    return new PatternReplaceCharFilter(
        SPACE_BETWEEN_IDEOGRAPHS, "", new ICUNormalizer2CharFilter(reader, folding));
  }

  /**
   * Words, for ranking: fold (and join ideographs split by white space) → simplify → HanLP
   * segmentation. The segmenter must see folded, simplified text, so both happen in character
   * filters before it.
   */
  public Analyzer words() {
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new SimplifiedChineseCharFilter(fold(reader), simplifiedForms);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new HanLpTokenizer(segments.get()));
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
        return fold(reader);
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
        TokenStream folded = new ICUNormalizer2Filter(source, folding);
        return new TokenStreamComponents(source, new ICUTransformFilter(folded, simplify));
      }
    };
  }
}
