package baoku.parse.layout;

import java.util.Arrays;
import java.util.List;

/**
 * The width of the text column each line was set in, estimated from the lines around it that run to
 * the column's edge (running text that does not end a sentence). Articles on one page are set in
 * columns of different widths, so the estimate is local.
 */
public final class ColumnWidths {
  private static final int WINDOW = 12;

  private final double[] widths;

  private ColumnWidths(double[] widths) {
    this.widths = widths;
  }

  /** Widths for lines that are paragraphs: there are no columns to measure. */
  public static ColumnWidths none(int lines) {
    double[] w = new double[lines];
    Arrays.fill(w, Double.NaN);
    return new ColumnWidths(w);
  }

  public static ColumnWidths estimate(List<ClassifiedLine> lines) {
    int n = lines.size();
    double global = median(fullLines(lines, 0, n));
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      double[] near = fullLines(lines, Math.max(0, i - WINDOW), Math.min(n, i + WINDOW + 1));
      w[i] = near.length >= 3 ? median(near) : global;
    }
    return new ColumnWidths(w);
  }

  /** The column width at line {@code index}; NaN where lines are paragraphs. */
  public double at(int index) {
    return index >= 0 && index < widths.length ? widths[index] : Double.NaN;
  }

  private static double[] fullLines(List<ClassifiedLine> lines, int from, int to) {
    return lines.subList(from, to).stream()
        .filter(l -> l.kind() == LineKind.PROSE && !l.closes() && !l.opensArticle())
        .mapToDouble(ClassifiedLine::width)
        .toArray();
  }

  static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
