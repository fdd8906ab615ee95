package baoku.parse.scan;

import baoku.ocr.OcrChar;
import baoku.ocr.OcrLine;
import baoku.ocr.OcrResult;
import baoku.page.PageOcr;
import baoku.page.PageSize;
import baoku.page.Region;
import baoku.parse.pdf.Glyph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * OCR's lines as the characters a PDF page would place: points instead of pixels, each character
 * where the recogniser read it, and every line in one of the page's few type sizes, so that the PDF
 * path can tell headline from body from caption by size as it does for print.
 */
final class OcrLayout {
  private static final double POINTS_PER_INCH = 72;

  /** A Chinese character's ink spans about this share of its em. */
  private static final double INK_PER_EM = 0.9;

  /** Lines whose sizes differ by no more than this share are set in one size. */
  private static final double SAME_SIZE = 0.08;

  /** Where a line's middle stands below its top, as a share of the em (as {@link Glyph} draws). */
  private static final double MIDDLE = 0.38;

  private static final String FONT = "ocr";

  /** Two characters read this far apart (ems, centre to centre) stand across a gutter. */
  private static final double GAP = 2.5;

  /** What the PDF path reads: the page's size and its characters. */
  record Laid(PageSize size, List<Glyph> glyphs, PageOcr ocr) {}

  Laid lay(OcrResult result, String engine, List<String> notes) {
    double k = POINTS_PER_INCH / result.dpi();
    List<OcrLine> lines = result.lines();
    double[] sizes =
        typeSizes(lines.stream().mapToDouble(l -> l.height() * k / INK_PER_EM).toArray());
    List<Glyph> glyphs = new ArrayList<>();
    List<PageOcr.Line> read = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      OcrLine line = lines.get(i);
      double size = sizes[i];
      double middle = (line.y() + line.height() / 2.0) * k;
      double baseline = middle + (0.88 - MIDDLE) * size;
      List<List<OcrChar>> runs = runs(line.chars(), size / k);
      for (int r = 0; r < runs.size(); r++) {
        // The line's ends are where its ink ends; where the recogniser puts them is less sure.
        Double left = r == 0 ? line.x() * k : null;
        Double right = r == runs.size() - 1 ? (line.x() + line.width()) * k : null;
        place(runs.get(r), k, baseline, size, left, right, glyphs);
      }
      read.add(
          new PageOcr.Line(
              line.text(),
              Region.of(line.x() * k, line.y() * k, line.width() * k, line.height() * k),
              Math.round(line.confidence() * 1000) / 1000.0));
    }
    PageSize size =
        new PageSize(
            Math.round(result.page().getWidth() * k * 10) / 10.0,
            Math.round(result.page().getHeight() * k * 10) / 10.0);
    PageOcr ocr =
        new PageOcr(
            engine,
            Math.round(result.quality() * 1000) / 1000.0,
            Math.round(result.skew() * 100) / 100.0,
            result.verticalLines(),
            notes,
            read);
    return new Laid(size, glyphs, ocr);
  }

  /**
   * The line cut where the recogniser read a wide gap between two characters (a gutter the detector
   * bridged); the cuts are kept, the rest of the line is laid evenly.
   */
  private static List<List<OcrChar>> runs(List<OcrChar> chars, double em) {
    List<List<OcrChar>> out = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= chars.size(); i++) {
      if (i == chars.size() || chars.get(i).centre() - chars.get(i - 1).centre() > GAP * em) {
        out.add(chars.subList(from, i));
        from = i;
      }
    }
    return out;
  }

  /**
   * Lays a run of characters evenly between its first and last, each as wide as its kind: the
   * recogniser places a character only to within a few pixels, and uneven gaps would read as word
   * spaces. Spaces it read stay spaces.
   */
  private static void place(
      List<OcrChar> run,
      double k,
      double baseline,
      double size,
      Double inkLeft,
      Double inkRight,
      List<Glyph> glyphs) {
    double[] widths = new double[run.size()];
    double natural = 0;
    for (int i = 0; i < run.size(); i++) {
      widths[i] = wide(run.get(i).text()) ? size : size / 2;
      natural += widths[i];
    }
    double left = inkLeft != null ? inkLeft : run.get(0).centre() * k - widths[0] / 2;
    double right =
        inkRight != null
            ? inkRight
            : run.get(run.size() - 1).centre() * k + widths[run.size() - 1] / 2;
    double gap = run.size() > 1 ? Math.max(0, (right - left - natural) / (run.size() - 1)) : 0;
    double x = left;
    for (int i = 0; i < run.size(); i++) {
      glyphs.add(new Glyph(run.get(i).text(), x, baseline, widths[i], size, FONT, false));
      x += widths[i] + gap;
    }
  }

  /** Full-width characters (Chinese, full-width punctuation) take an em; Latin letters half. */
  private static boolean wide(String text) {
    int c = text.codePointAt(0);
    return c >= 0x2E80 || (c >= 0x2000 && c <= 0x206F && c != 0x2013);
  }

  /**
   * Each line's size snapped to the page's type sizes: the commonest size and every line within a
   * few per cent of it share one size, the median of theirs; then the commonest of the rest, and so
   * on. Measured heights scatter; printed sizes do not.
   */
  static double[] typeSizes(double[] measured) {
    double[] out = new double[measured.length];
    boolean[] done = new boolean[measured.length];
    int left = measured.length;
    while (left > 0) {
      int bestCount = -1;
      double centre = 0;
      for (int i = 0; i < measured.length; i++) {
        if (done[i]) {
          continue;
        }
        int count = 0;
        for (int j = 0; j < measured.length; j++) {
          if (!done[j] && near(measured[j], measured[i])) {
            count++;
          }
        }
        if (count > bestCount) {
          bestCount = count;
          centre = measured[i];
        }
      }
      double[] members = new double[bestCount];
      int n = 0;
      for (int j = 0; j < measured.length; j++) {
        if (!done[j] && near(measured[j], centre)) {
          members[n++] = measured[j];
        }
      }
      Arrays.sort(members);
      double size = Math.round(members[members.length / 2] * 10) / 10.0;
      for (int j = 0; j < measured.length; j++) {
        if (!done[j] && near(measured[j], centre)) {
          out[j] = size;
          done[j] = true;
          left--;
        }
      }
    }
    return out;
  }

  private static boolean near(double a, double centre) {
    return Math.abs(a - centre) <= SAME_SIZE * centre;
  }
}
