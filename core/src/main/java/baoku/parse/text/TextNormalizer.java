package baoku.parse.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns decoded page text into {@link Line}s. Line ends of every system (CRLF, CR, LF, form feed)
 * become one; no-break, ideographic and other wide spaces become plain spaces (at a line's start
 * they still mark its indent); control and zero-width characters are dropped.
 */
public final class TextNormalizer {

  public List<Line> lines(String text) {
    List<Line> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int blanks = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : '\n';
      if (c == '\r' || c == '\n' || c == '\f' || c == '\u2028' || c == '\u2029') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        blanks = emit(line, blanks, out);
        line.setLength(0);
      } else {
        line.append(c);
      }
    }
    return out;
  }

  /** Adds the line if it holds text; returns the count of blank lines now pending. */
  private static int emit(StringBuilder raw, int blanks, List<Line> out) {
    StringBuilder text = new StringBuilder(raw.length());
    boolean indented = false;
    boolean pendingSpace = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (isDropped(c)) {
        continue;
      }
      if (isSpace(c)) {
        if (text.isEmpty()) {
          indented = true;
        } else {
          pendingSpace = true;
        }
        continue;
      }
      if (pendingSpace) {
        text.append(' ');
        pendingSpace = false;
      }
      text.append(c);
    }
    if (text.isEmpty()) {
      return blanks + 1;
    }
    String s = text.toString();
    out.add(new Line(out.size(), s, indented, blanks, Widths.of(s)));
    return 0;
  }

  private static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\u00A0'
        || c == '\u3000'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F'
        || c == '\u205F';
  }

  /** Control characters, zero-width marks, byte-order marks and replacement signs. */
  private static boolean isDropped(char c) {
    return (c < 0x20 && c != '\t')
        || (c >= 0x7F && c < 0xA0)
        || (c >= '\u200B' && c <= '\u200F')
        || c == '\u2060'
        || c == '\uFEFF'
        || c == '\uFFFD';
  }
}
