package baoku.archive;

import java.util.Optional;

/**
 * What may name a paper. The name is the first part of every id ({@code PAPER/YYYY-MM-DD/...}), of
 * every address in the reader and of the reader's paper filter, so a name that cannot stand there
 * is refused before a page is stored under it: ingest rejects the page with the reason.
 */
public final class PaperNames {
  /**
   * The longest name, in characters: the reader's paper filter takes no more, and an address that
   * holds the name percent-encoded stays well inside what servers accept.
   */
  public static final int MAX_CHARS = 100;

  /** How much of a name too long to print whole a reason quotes. */
  private static final int QUOTED_CHARS = 20;

  private PaperNames() {}

  /** Why {@code name} cannot name a paper, naming it, or empty when it can. */
  public static Optional<String> problem(String name) {
    if (name == null || name.isBlank()) {
      return Optional.of("no paper name: it is blank");
    }
    int length = name.codePointCount(0, name.length());
    String reason = null;
    if (length > MAX_CHARS) {
      reason = "it is " + length + " characters long, more than " + MAX_CHARS;
    } else if (name.indexOf('/') >= 0) {
      reason = "it holds '/', which the archive's ids use between their parts";
    } else if (name.equals(".") || name.equals("..")) {
      reason = "'.' and '..' stand for folders in an address, which cannot hold them as names";
    } else if (name.codePoints().anyMatch(Character::isISOControl)) {
      reason = "it holds a line break or another control character";
    }
    return reason == null
        ? Optional.empty()
        : Optional.of("'" + quoted(name, length) + "' is not a paper name: " + reason);
  }

  private static String quoted(String name, int length) {
    String shown =
        length > MAX_CHARS
            ? name.substring(0, name.offsetByCodePoints(0, QUOTED_CHARS)) + "…"
            : name;
    StringBuilder out = new StringBuilder(shown.length());
    shown
        .codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c)) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }
}
