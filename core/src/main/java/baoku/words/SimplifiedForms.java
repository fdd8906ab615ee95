package baoku.words;

import com.ibm.icu.text.Transliterator;

/**
 * The simplified form of each character, as ICU's {@code Traditional-Simplified} gives it, looked
 * up once per character and then read from a table: transliterating a whole article costs as much
 * as segmenting it, a table lookup almost nothing. Only one-for-one replacements are kept, so
 * offsets never move. Safe to share: a table entry is written whole, always with the same value.
 */
public final class SimplifiedForms {
  private static final char UNKNOWN = '\0';
  private final Transliterator transform;
  private final char[] table = new char[Character.MAX_VALUE + 1];

  public SimplifiedForms(Transliterator transform) {
    this.transform = transform;
  }

  /** {@code text} with every traditional character replaced by its simplified form. */
  public String simplify(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x2E80 || Character.isSurrogate(c)) {
        continue; // below the CJK blocks nothing changes; astral ideographs are kept as printed
      }
      char simplified = simplified(c);
      if (simplified != c) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = simplified;
      }
    }
    return out == null ? text : new String(out);
  }

  private char simplified(char c) {
    char known = table[c];
    if (known == UNKNOWN) {
      String result = transform.transliterate(String.valueOf(c));
      known = result.length() == 1 ? result.charAt(0) : c;
      table[c] = known;
    }
    return known;
  }
}
