package baoku.parse.pdf;

import baoku.page.Region;
import java.util.List;

/**
 * Lines of one column set one under another in the same type with regular leading: a paragraph run,
 * a headline part, a caption.
 */
record TextBlock(List<TextLine> lines, Region box, TypeScale.Grade grade) implements Placed {
  TextBlock {
    lines = List.copyOf(lines);
  }

  @Override
  public boolean isHeadline() {
    return grade == TypeScale.Grade.DISPLAY;
  }

  TextLine first() {
    return lines.get(0);
  }

  TextLine last() {
    return lines.get(lines.size() - 1);
  }

  double size() {
    return first().size();
  }

  /** The lines' text joined; {@code separator} between lines. */
  String text(String separator) {
    return String.join(separator, lines.stream().map(TextLine::text).toList());
  }
}
