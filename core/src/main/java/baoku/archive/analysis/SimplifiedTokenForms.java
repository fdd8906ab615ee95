package baoku.archive.analysis;

import com.ibm.icu.text.ReplaceableString;
import com.ibm.icu.text.Transliterator;

/**
 * What ICU's transform makes of a token, remembered per one-character token: the bigram chain cuts
 * every ideograph into a token of its own, and transliterating each costs more than all the rest of
 * that chain, while a table lookup costs almost nothing. Longer tokens are transliterated as they
 * come. Each result is computed exactly as Lucene's {@code ICUTransformFilter} computes it, so the
 * terms are the same. Safe to share: a table entry is an immutable string, always the same value.
 */
public final class SimplifiedTokenForms {
  private final Transliterator transform;
  private final String[] table = new String[Character.MAX_VALUE + 1];

  public SimplifiedTokenForms(Transliterator transform) {
    this.transform = transform;
  }

  /** The transform of the token {@code buffer[0, length)}. */
  public String form(char[] buffer, int length) {
    if (length != 1) {
      return transliterate(new String(buffer, 0, length));
    }
    char c = buffer[0];
    String known = table[c];
    if (known == null) {
      known = transliterate(String.valueOf(c));
      table[c] = known;
    }
    return known;
  }

  /** As {@code ICUTransformFilter}: the whole token is both the context and the range. */
  private String transliterate(String text) {
    ReplaceableString out = new ReplaceableString(text);
    transform.filteredTransliterate(
        out, new Transliterator.Position(0, text.length(), 0, text.length()), false);
    return out.toString();
  }
}
