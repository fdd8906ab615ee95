package baoku.parse.pdf;

import baoku.page.Region;

/**
 * One printed line of one column: glyphs on a shared baseline with no gutter between them.
 *
 * @param text the characters left to right, a space where the type leaves a word gap
 * @param box the line's extent
 * @param baseline the baseline's distance from the top of the page
 * @param size the type size (points) most of its characters are set in
 * @param font the font family most of its characters are set in
 * @param bold whether most of its characters are bold
 */
public record TextLine(
    String text, Region box, double baseline, double size, String font, boolean bold) {

  public double left() {
    return box.x();
  }

  public double right() {
    return box.right();
  }

  public double width() {
    return box.w();
  }

  /** How much of this line's width the other line shares, as a share of the narrower line. */
  public double overlap(TextLine other) {
    double shared = Math.min(right(), other.right()) - Math.max(left(), other.left());
    return shared / Math.max(1e-6, Math.min(width(), other.width()));
  }
}
