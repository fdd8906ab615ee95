package baoku.parse.pdf;

import baoku.page.Region;

/**
 * Something drawn on a page that is not text: a photo, a filled box, a rule or a frame.
 *
 * @param box where it stands
 */
public record Drawing(Kind kind, Region box) implements Placed {
  public enum Kind {
    /** A raster image: a photo, a graphic. */
    IMAGE,
    /** A filled area: a photo's placeholder, a tint or the box behind a reversed banner. */
    BOX,
    /** A thin line across: a rule between articles. */
    HORIZONTAL_RULE,
    /** A thin line down: a rule between columns. */
    VERTICAL_RULE
  }

  public boolean isRule() {
    return kind == Kind.HORIZONTAL_RULE || kind == Kind.VERTICAL_RULE;
  }
}
