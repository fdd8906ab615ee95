package baoku.words;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

/**
 * How Chinese text is folded before it is cut into words or indexed, the same everywhere: NFKC with
 * case folding (full-width ＡＢＣ１２ → abc12, compatibility ideographs → unified), white space between
 * ideographs removed, and traditional characters made simplified (陳 → 陈). Loading ICU's transform
 * is slow; build one and share it.
 */
public final class TextFolding {
  /** ICU's transform from traditional to simplified characters. */
  public static final String TRADITIONAL_TO_SIMPLIFIED = "Traditional-Simplified";

  /**
   * White space between two ideographs is layout (a wrapped line, a headline set in parts), not a
   * word break: 陈光浩 讲话 reads as 陈光浩讲话.
   */
  private static final Pattern SPACE_BETWEEN_IDEOGRAPHS =
      // The leading (?=\s) changes no match; it only spares the look-behind at every character.
      Pattern.compile("(?=\\s)(?<=\\p{IsHan})\\s+(?=\\p{IsHan})");

  private final Normalizer2 caseAndWidth =
      Normalizer2.getInstance(null, "nfkc_cf", Normalizer2.Mode.COMPOSE);
  private final Transliterator simplify = sourceFiltered(TRADITIONAL_TO_SIMPLIFIED);
  private final SimplifiedForms simplifiedForms = new SimplifiedForms(simplify);

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

  /** NFKC with case folding. */
  public Normalizer2 caseAndWidth() {
    return caseAndWidth;
  }

  /** Traditional to simplified, restricted to the characters it changes. */
  public Transliterator simplify() {
    return simplify;
  }

  /** Width and case folding, then white space between ideographs removed; offsets corrected. */
  public CharFilter foldWidthAndSpace(Reader reader) {
    return new PatternReplaceCharFilter(
        SPACE_BETWEEN_IDEOGRAPHS, "", new ICUNormalizer2CharFilter(reader, caseAndWidth));
  }

  /** {@code text} wholly folded, with the way back to offsets in the text as printed. */
  public Folded fold(String text) {
    CharFilter folded = foldWidthAndSpace(new StringReader(text));
    StringBuilder out = new StringBuilder(text.length());
    char[] chunk = new char[1024];
    try {
      for (int n = folded.read(chunk); n != -1; n = folded.read(chunk)) {
        out.append(chunk, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    // One-for-one replacements: simplifying moves no offset.
    return new Folded(simplifiedForms.simplify(out.toString()), folded);
  }

  /** Folded text; {@link #printed} maps an offset in it back to the text as printed. */
  public record Folded(String text, CharFilter offsets) {
    public int printed(int offset) {
      return offsets.correctOffset(offset);
    }
  }
}
