package baoku.archive.analysis;

import com.ibm.icu.text.ReplaceableString;
import com.ibm.icu.text.Transliterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What ICU's transform makes of a token, remembered per one-character token: the bigram chain cuts
 * every ideograph into a token of its own, and transliterating each costs more than all the rest of
 * that chain, while a table lookup costs almost nothing. Longer tokens (names, in the keyword
 * fields) are remembered too, up to a bound: an archive names the same people again and again. Each
 * result is computed exactly as Lucene's {@code ICUTransformFilter} computes it, so the terms are
 * the same. Safe to share: a table entry is an immutable string, always the same value.
 */
public final class SimplifiedTokenForms {
  /** Longer tokens remembered at most; past that, they are transliterated as they come. */
  private static final int LONGER_KEPT = 1 << 16;

  private final Transliterator transform;
  private final String[] table = new String[Character.MAX_VALUE + 1];
  private final Map<String, String> longer = new ConcurrentHashMap<>();

  public SimplifiedTokenForms(Transliterator transform) {
    this.transform = transform;
  }

  /** The transform of the token {@code buffer[0, length)}. */
  public String form(char[] buffer, int length) {
    if (length != 1) {
      String token = new String(buffer, 0, length);
      String known = longer.get(token);
      if (known == null) {
        known = transliterate(token);
        if (longer.size() < LONGER_KEPT) {
          longer.put(token, known);
        }
      }
      return known;
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
