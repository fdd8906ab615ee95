package baoku.parse.text;

/** Printed widths: what a column-set line occupies, in ems. */
public final class Widths {
  private Widths() {}

  /** Width of {@code text} in ems; Latin letters, digits and half-width signs count half. */
  public static double of(CharSequence text) {
    double width = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      width += c < 0x2000 || (c >= 0xFF61 && c <= 0xFFDC) ? 0.5 : 1.0;
    }
    return width;
  }
}
