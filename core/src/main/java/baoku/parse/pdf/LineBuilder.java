package baoku.parse.pdf;

import baoku.page.Region;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets glyphs into lines: glyphs on one baseline form a row, and a row is cut where a gutter or a
 * column rule runs between two glyphs. Word spaces are read from the gaps, measured against the
 * line's own letter spacing, so the even gaps of a justified line add none.
 */
final class LineBuilder {
  /** Glyphs whose baselines differ by less than this share of their size share a row. */
  private static final double SAME_BASELINE = 0.3;

  /** A gap this wide (ems) between two glyphs is a gutter between columns. */
  private static final double GUTTER = 1.0;

  /**
   * A gap this wide (ems) beyond the row's usual letter spacing is a gutter too: columns set close
   * together leave less than an em between them, but still far more than between letters.
   */
  private static final double NARROW_GUTTER = 0.55;

  /**
   * What a printed space may stretch to (ems) before the gap is taken for a gutter: a justified
   * line spreads its few spaces wide, and no gutter is set as a space.
   */
  private static final double WIDE_SPACE = 3.0;

  /** A gutter seen on one row tells of a column within this many ems above or below it. */
  private static final double GUTTER_REACH = 5;

  /** A gap this much wider (ems) than the line's letter spacing is a word space. */
  private static final double WORD_SPACE = 0.2;

  List<TextLine> lines(List<Glyph> glyphs, List<Drawing> drawings) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
    List<Drawing> rules =
        drawings.stream().filter(d -> d.kind() == Drawing.Kind.VERTICAL_RULE).toList();
    List<List<Glyph>> rows = new ArrayList<>();
    int start = 0;
    while (start < sorted.size()) {
      Glyph first = sorted.get(start);
      int end = start + 1;
      while (end < sorted.size()
          && sorted.get(end).baseline() - first.baseline()
              <= SAME_BASELINE * Math.min(first.size(), sorted.get(end).size())) {
        end++;
      }
      List<Glyph> row = new ArrayList<>(sorted.subList(start, end));
      row.sort(Comparator.comparingDouble(Glyph::x));
      rows.add(row);
      start = end;
    }
    // Gutters seen where no space stands in them tell the page's columns; a line whose trailing
    // space reaches into one is cut there too.
    List<Gutter> gutters = new ArrayList<>();
    for (List<Glyph> row : rows) {
      cutRow(row, rules, List.of(), gutters, null);
    }
    List<TextLine> out = new ArrayList<>();
    for (List<Glyph> row : rows) {
      cutRow(row, rules, gutters, new ArrayList<>(), out);
    }
    return out;
  }

  /** White between two glyphs of one row, from {@code left} to {@code right}, at a baseline. */
  private record Gutter(double left, double right, double baseline) {}

  /**
   * Cuts a row at gutters and rules, and adds each piece that holds text as a line to {@code out}
   * (when given); the gutters cut where no space stood go to {@code seen}.
   */
  private static void cutRow(
      List<Glyph> row,
      List<Drawing> rules,
      List<Gutter> known,
      List<Gutter> seen,
      List<TextLine> out) {
    int from = 0;
    Glyph lastInk = null;
    double letterGap = medianGap(row.stream().filter(g -> !g.isSpace()).toList());
    boolean spaced = false;
    for (int i = 0; i < row.size(); i++) {
      Glyph g = row.get(i);
      if (g.isSpace()) {
        spaced = true;
        continue;
      }
      if (lastInk != null
          && (separates(lastInk, g, letterGap, spaced, rules)
              || spaced && crossesGutter(lastInk, g, known))) {
        if (!spaced) {
          seen.add(new Gutter(lastInk.right(), g.x(), g.baseline()));
        }
        if (out != null) {
          addLine(row.subList(from, i), out);
        }
        from = i;
      }
      lastInk = g;
      spaced = false;
    }
    if (out != null) {
      addLine(row.subList(from, row.size()), out);
    }
  }

  /**
   * Whether the white between two glyphs, a space among it, holds a gutter seen on a row nearby: a
   * justified line's last word space stands at the column's edge, not in the gutter beyond it.
   */
  private static boolean crossesGutter(Glyph a, Glyph b, List<Gutter> known) {
    double em = Math.min(a.size(), b.size());
    if (b.x() - a.right() <= NARROW_GUTTER * em) {
      return false;
    }
    for (Gutter g : known) {
      if (Math.abs(g.baseline() - b.baseline()) <= GUTTER_REACH * em
          && g.left() >= a.right() - 0.5
          && g.right() <= b.x() + 0.5) {
        return true;
      }
    }
    return false;
  }

  private static boolean separates(
      Glyph a, Glyph b, double letterGap, boolean spaced, List<Drawing> rules) {
    double gap = b.x() - a.right();
    double em = Math.min(a.size(), b.size());
    boolean gutter =
        spaced ? gap > WIDE_SPACE * em : gap > GUTTER * em || gap - letterGap > NARROW_GUTTER * em;
    if (gutter) {
      return true;
    }
    for (Drawing rule : rules) {
      Region r = rule.box();
      double middle = r.x() + r.w() / 2;
      if (middle > a.right() - 0.5
          && middle < b.x() + 0.5
          && r.y() < b.bottom()
          && r.bottom() > b.top()) {
        return true;
      }
    }
    return false;
  }

  private static void addLine(List<Glyph> glyphs, List<TextLine> out) {
    List<Glyph> ink = glyphs.stream().filter(g -> !g.isSpace()).toList();
    if (ink.isEmpty()) {
      return;
    }
    double letterGap = medianGap(ink);
    StringBuilder text = new StringBuilder();
    Glyph previous = null;
    boolean spaceGlyph = false;
    for (Glyph g : glyphs) {
      if (g.isSpace()) {
        spaceGlyph = previous != null;
        continue;
      }
      if (previous != null) {
        double gap = g.x() - previous.right() - letterGap;
        if (spaceGlyph || gap > WORD_SPACE * Math.max(g.size(), previous.size())) {
          text.append(' ');
        }
      }
      text.append(clean(g.text()));
      previous = g;
      spaceGlyph = false;
    }
    double left = ink.get(0).x();
    double right = ink.get(ink.size() - 1).right();
    double top = ink.stream().mapToDouble(Glyph::top).min().orElseThrow();
    double bottom = ink.stream().mapToDouble(Glyph::bottom).max().orElseThrow();
    double baseline = ink.get(0).baseline();
    out.add(
        new TextLine(
            text.toString().strip(),
            Region.of(left, top, right - left, bottom - top),
            baseline,
            dominantSize(ink),
            dominantFont(ink),
            ink.stream().filter(Glyph::bold).count() * 2 > ink.size()));
  }

  /** Control and zero-width characters are no part of the printed text. */
  private static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && !(c >= 0x7F && c < 0xA0) && !(c >= '\u200B' && c <= '\u200F')) {
        out.append(c == '\u3000' || c == '\u00A0' ? ' ' : c);
      }
    }
    return out.toString();
  }

  private static double medianGap(List<Glyph> ink) {
    if (ink.size() < 2) {
      return 0;
    }
    double[] gaps = new double[ink.size() - 1];
    for (int i = 1; i < ink.size(); i++) {
      gaps[i - 1] = ink.get(i).x() - ink.get(i - 1).right();
    }
    Arrays.sort(gaps);
    return Math.max(0, gaps[gaps.length / 2]);
  }

  private static double dominantSize(List<Glyph> ink) {
    Map<Double, Integer> counts = new HashMap<>();
    for (Glyph g : ink) {
      counts.merge(Math.round(g.size() * 10) / 10.0, 1, Integer::sum);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  private static String dominantFont(List<Glyph> ink) {
    Map<String, Integer> counts = new HashMap<>();
    for (Glyph g : ink) {
      counts.merge(g.font(), 1, Integer::sum);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }
}
