package baoku.parse.pdf;

/**
 * One character as printed: where it stands (points, origin top-left), in what type.
 *
 * @param text the character's Unicode text (one character, or a ligature's few)
 * @param x the left edge
 * @param baseline the baseline's distance from the top of the page
 * @param width the advance width
 * @param size the type size in points
 * @param font the font family, without a subset prefix (ABCDEF+)
 * @param bold whether the type is bold: by its font, its weight, or stroked or overprinted
 */
public record Glyph(
    String text, double x, double baseline, double width, double size, String font, boolean bold) {

  /** A CJK character's em box rises about 0.88 em above the baseline. */
  public double top() {
    return baseline - 0.88 * size;
  }

  public double bottom() {
    return baseline + 0.12 * size;
  }

  public double right() {
    return x + width;
  }

  public boolean isSpace() {
    return text.isBlank();
  }

  Glyph asBold() {
    return new Glyph(text, x, baseline, width, size, font, true);
  }
}
