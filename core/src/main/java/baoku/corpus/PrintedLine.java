package baoku.corpus;

import baoku.parse.label.LineRole;

/**
 * One line of a composed page with what it is.
 *
 * @param text the line as printed, leading indent included; empty for a blank line
 * @param role what the line is, or {@code null} for a blank line
 */
public record PrintedLine(String text, LineRole role) {
  static PrintedLine blank() {
    return new PrintedLine("", null);
  }

  public boolean isBlank() {
    return role == null;
  }
}
