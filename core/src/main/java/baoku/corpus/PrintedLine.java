package baoku.corpus;

import baoku.parse.label.LineRole;

/**
 * One line of a composed page with what it is.
 *
 * @param text the line as printed, leading indent included; empty for a blank line
 * @param role what the line is, or {@code null} for a blank line
 * @param article the index of the article the line belongs to, or -1
 */
public record PrintedLine(String text, LineRole role, int article) {
  static PrintedLine blank() {
    return new PrintedLine("", null, -1);
  }

  public boolean isBlank() {
    return role == null;
  }
}
