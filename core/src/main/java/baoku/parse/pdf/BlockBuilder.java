package baoku.parse.pdf;

import baoku.page.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Stacks lines into blocks. A line joins the block whose last line stands directly above it in the
 * same column, in the same type, at no more than a generous line spacing, with no rule or box
 * between them.
 */
final class BlockBuilder {
  /** Widest baseline-to-baseline distance (in ems) within one block. */
  private static final double MAX_LEADING = 1.9;

  /** Share of the narrower line two lines must share to stand in one column. */
  private static final double SAME_COLUMN = 0.5;

  List<TextBlock> blocks(List<TextLine> lines, List<Drawing> drawings, TypeScale scale) {
    List<TextLine> sorted = new ArrayList<>(lines);
    sorted.sort(Comparator.comparingDouble(TextLine::baseline).thenComparingDouble(TextLine::left));
    List<List<TextLine>> open = new ArrayList<>();
    for (TextLine line : sorted) {
      List<TextLine> best = null;
      double bestDistance = Double.MAX_VALUE;
      for (List<TextLine> block : open) {
        TextLine last = block.get(block.size() - 1);
        double distance = line.baseline() - last.baseline();
        if (distance < bestDistance && continues(last, line, drawings)) {
          best = block;
          bestDistance = distance;
        }
      }
      if (best == null) {
        best = new ArrayList<>();
        open.add(best);
      }
      best.add(line);
    }
    List<TextBlock> out = new ArrayList<>();
    for (List<TextLine> block : open) {
      Region box = block.get(0).box();
      for (TextLine line : block) {
        box = box.union(line.box());
      }
      out.add(new TextBlock(block, box, scale.grade(block.get(0))));
    }
    return out;
  }

  private static boolean continues(TextLine above, TextLine line, List<Drawing> drawings) {
    double distance = line.baseline() - above.baseline();
    return Math.abs(above.size() - line.size()) <= 0.03 * line.size()
        && above.font().equals(line.font())
        && above.bold() == line.bold()
        && above.overlap(line) >= SAME_COLUMN
        && distance > 0.3 * line.size()
        && distance <= MAX_LEADING * line.size()
        && !separated(above, line, drawings);
  }

  /** Whether a rule or a box stands between two lines of one column. */
  private static boolean separated(TextLine above, TextLine below, List<Drawing> drawings) {
    double left = Math.max(above.left(), below.left());
    double right = Math.min(above.right(), below.right());
    for (Drawing d : drawings) {
      if (d.kind() == Drawing.Kind.VERTICAL_RULE) {
        continue;
      }
      Region r = d.box();
      boolean across = r.x() < right && r.right() > left;
      boolean between = r.y() >= above.box().bottom() - 1 && r.bottom() <= below.box().y() + 1;
      if (across && between) {
        return true;
      }
    }
    return false;
  }
}
