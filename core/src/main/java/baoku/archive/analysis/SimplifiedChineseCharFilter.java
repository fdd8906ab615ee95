package baoku.archive.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Rewrites traditional characters as simplified ones before a segmenter sees the text, so that 陳光浩
 * is cut and indexed as 陈光浩. Only one-for-one replacements are made, which keeps every offset
 * unchanged and highlights exact on the original text.
 */
public final class SimplifiedChineseCharFilter extends CharFilter {
  private final SimplifiedForms forms;
  private String output;
  private int position;

  public SimplifiedChineseCharFilter(Reader input, SimplifiedForms forms) {
    super(input);
    this.forms = forms;
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
    return forms.simplify(text);
  }
}
