package baoku.archive.analysis;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Rewrites traditional characters as simplified ones before a segmenter sees the text, so that 陳光浩
 * is cut and indexed as 陈光浩. Only one-for-one replacements are made, which keeps every offset
 * unchanged and highlights exact on the original text.
 */
public final class SimplifiedChineseCharFilter extends CharFilter {
  private final Transliterator transform;
  private String output;
  private int position;

  /**
   * {@code transform} is ICU's {@code Traditional-Simplified}; ICU transliterators are stateless.
   */
  public SimplifiedChineseCharFilter(Reader input, Transliterator transform) {
    super(input);
    this.transform = transform;
  }

  @Override
  protected int correct(int currentOff) {
    return currentOff;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (output == null) {
      output = simplify(readAll());
    }
    if (position >= output.length()) {
      return -1;
    }
    int count = Math.min(length, output.length() - position);
    output.getChars(position, position + count, buffer, offset);
    position += count;
    return count;
  }

  private String readAll() throws IOException {
    StringBuilder text = new StringBuilder();
    char[] chunk = new char[4096];
    for (int n = input.read(chunk); n != -1; n = input.read(chunk)) {
      text.append(chunk, 0, n);
    }
    return text.toString();
  }

  private String simplify(String text) {
    String whole = transform.transliterate(text);
    if (whole.length() == text.length()) {
      return whole;
    }
    // Some mapping changed the length: redo it character by character, keeping only the
    // replacements of equal length so that offsets stay true.
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              String original = Character.toString(cp);
              String simplified = transform.transliterate(original);
              out.append(simplified.length() == original.length() ? simplified : original);
            });
    return out.toString();
  }
}
