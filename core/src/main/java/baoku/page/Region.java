package baoku.page;

/**
 * A rectangle on a printed page, in PDF points (1/72 inch) with the origin at the page's top-left
 * corner: {@code x} grows to the right, {@code y} downwards.
 */
public record Region(double x, double y, double w, double h) {

  /** A region rounded to a tenth of a point, enough for any screen and stable in JSON. */
  public static Region of(double x, double y, double w, double h) {
    return new Region(round(x), round(y), round(w), round(h));
  }

  public double right() {
    return x + w;
  }

  public double bottom() {
    return y + h;
  }

  /** The smallest region holding this one and {@code other}. */
  public Region union(Region other) {
    double left = Math.min(x, other.x);
    double top = Math.min(y, other.y);
    return Region.of(
        left,
        top,
        Math.max(right(), other.right()) - left,
        Math.max(bottom(), other.bottom()) - top);
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
