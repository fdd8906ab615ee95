package baoku.parse.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The page's body type, the size and face most of its characters are set in, and how any other
 * line's type compares with it: larger type is a headline's, smaller a caption's, body-size type in
 * another face or in bold a subhead's or a banner's.
 *
 * @param size the body type's size in points
 * @param font the body type's font family
 * @param bold whether body type is bold
 */
record TypeScale(double size, String font, boolean bold) {
  /** Type this much larger than the body's is display type. */
  private static final double LARGER = 1.05;

  /** Type this much smaller than the body's is caption type. */
  private static final double SMALLER = 0.95;

  /** How a line's type compares with the body's. */
  enum Grade {
    DISPLAY,
    EMPHASIS,
    BODY,
    SMALL
  }

  static TypeScale of(List<TextLine> lines) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, TextLine> sample = new HashMap<>();
    for (TextLine line : lines) {
      String key = line.size() + "|" + line.font() + "|" + line.bold();
      counts.merge(key, line.text().length(), Integer::sum);
      sample.putIfAbsent(key, line);
    }
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(e -> sample.get(e.getKey()))
        .map(l -> new TypeScale(l.size(), l.font(), l.bold()))
        .orElse(new TypeScale(10, "", false));
  }

  Grade grade(TextLine line) {
    if (line.size() > size * LARGER) {
      return Grade.DISPLAY;
    }
    if (line.size() < size * SMALLER) {
      return Grade.SMALL;
    }
    return line.bold() != bold || !line.font().equals(font) ? Grade.EMPHASIS : Grade.BODY;
  }
}
