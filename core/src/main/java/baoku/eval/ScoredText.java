package baoku.eval;

/**
 * Text as the evaluation compares it: with every white-space character removed, where white space
 * is exactly what Python's {@code \s} matches in the reference scorer (NBSP, the ideographic space
 * and the other Unicode spaces included; the zero-width space not).
 */
public final class ScoredText {
  private ScoredText() {}

  public static String squeeze(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(c -> !isWhiteSpace(c)).forEach(out::appendCodePoint);
    return out.toString();
  }

  static boolean isWhiteSpace(int c) {
    return (c >= 0x09 && c <= 0x0d)
        || (c >= 0x1c && c <= 0x20)
        || c == 0x85
        || c == 0xa0
        || c == 0x1680
        || (c >= 0x2000 && c <= 0x200a)
        || c == 0x2028
        || c == 0x2029
        || c == 0x202f
        || c == 0x205f
        || c == 0x3000;
  }

  /** Length in code points, as the reference scorer measures paragraph boundaries. */
  public static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
