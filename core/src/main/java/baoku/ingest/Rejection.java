package baoku.ingest;

/** A file that was not ingested, and why, in one line. */
public record Rejection(String file, String reason) {
  /**
   * {@code FILE: REASON} on one line: a line break or other control character in a file's name (or
   * in a reason that quotes one) is written as an escape, {@code \n}, {@code \t} or {@code \u001b}.
   */
  @Override
  public String toString() {
    return oneLine(file) + ": " + oneLine(reason);
  }

  static String oneLine(String text) {
    if (text == null || text.codePoints().noneMatch(Rejection::breaks)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                  if (breaks(c)) {
                    out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
                  } else {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }

  private static boolean breaks(int c) {
    return Character.isISOControl(c)
        || Character.getType(c) == Character.LINE_SEPARATOR
        || Character.getType(c) == Character.PARAGRAPH_SEPARATOR;
  }
}
