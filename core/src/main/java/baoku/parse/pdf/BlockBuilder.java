package baoku.parse.pdf;

import baoku.page.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

  /**
   * Body lines further apart than this multiple of the page's body leading are set apart: a
   * column's text runs at one leading, and the line under a subtitle or a rule stands lower.
   */
  private static final double BODY_LEADING_SLACK = 1.3;

  /** Body line pairs needed before the page's body leading is trusted. */
  private static final int MIN_LEADING_SAMPLES = 5;

  List<TextBlock> blocks(List<TextLine> lines, List<Drawing> drawings, TypeScale scale) {
    List<TextLine> sorted = new ArrayList<>(lines);
    sorted.sort(Comparator.comparingDouble(TextLine::baseline).thenComparingDouble(TextLine::left));
    double bodyLeading = bodyLeading(sorted, scale);
    List<List<TextLine>> open = new ArrayList<>();
    for (TextLine line : sorted) {
      List<TextLine> best = null;
      double bestDistance = Double.MAX_VALUE;
      for (List<TextLine> block : open) {
        TextLine last = block.get(block.size() - 1);
        double distance = line.baseline() - last.baseline();
        if (distance < bestDistance
            && continues(last, line, drawings, widest(line, bodyLeading, scale))) {
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

  /** The widest leading a line may stand below the line above it and still continue its block. */
  private static double widest(TextLine line, double bodyLeading, TypeScale scale) {
    boolean body = Math.abs(line.size() - scale.size()) <= 0.03 * scale.size();
    return body && bodyLeading > 0
        ? Math.min(MAX_LEADING * line.size(), BODY_LEADING_SLACK * bodyLeading)
        : MAX_LEADING * line.size();
  }

  /**
   * The baseline distance most often found between a body line and the body line under it in the
   * same column, or 0 when the page has too few to tell.
   */
  private static double bodyLeading(List<TextLine> sorted, TypeScale scale) {
    Map<Long, Integer> counts = new HashMap<>();
    List<TextLine> body =
        sorted.stream()
            .filter(l -> Math.abs(l.size() - scale.size()) <= 0.03 * scale.size())
            .toList();
    for (int i = 0; i < body.size(); i++) {
      TextLine above = body.get(i);
      for (int j = i + 1; j < body.size(); j++) {
        TextLine below = body.get(j);
        double distance = below.baseline() - above.baseline();
        if (distance > MAX_LEADING * above.size()) {
          break;
        }
        if (distance > 0.3 * above.size() && above.overlap(below) >= SAME_COLUMN) {
          counts.merge(Math.round(distance * 10), 1, Integer::sum);
          break;
        }
      }
    }
    return counts.entrySet().stream()
        .filter(e -> e.getValue() >= MIN_LEADING_SAMPLES)
        .max(Map.Entry.comparingByValue())
        .map(e -> e.getKey() / 10.0)
        .orElse(0.0);
  }

  private static boolean continues(
      TextLine above, TextLine line, List<Drawing> drawings, double widest) {
    double distance = line.baseline() - above.baseline();
    return Math.abs(above.size() - line.size()) <= 0.03 * line.size()
        && above.font().equals(line.font())
        && above.bold() == line.bold()
        && above.overlap(line) >= SAME_COLUMN
        && distance > 0.3 * line.size()
        && distance <= widest
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
