package baoku.parse.pdf;

import baoku.page.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts a page's blocks in the order a reader takes them, by cutting the page recursively along its
 * widest white gap, across (top before bottom) or down (left before right): the widest gaps
 * separate articles, narrower ones the columns and parts within them. Where no gap runs through,
 * the blocks are taken top to bottom.
 */
final class ReadingOrder {
  /** A gap narrower than this (points) is no gap. */
  private static final double MIN_GAP = 0.5;

  /**
   * White space across counts this many times its height against a gap down: lines of one column
   * stand nearly touching and columns a gutter apart, so half an em across parts bands of the page
   * as surely as an em down parts columns.
   */
  private static final double ACROSS_WEIGHT = 2;

  <T extends Placed> List<T> order(List<T> items) {
    List<T> out = new ArrayList<>(items.size());
    cut(new ArrayList<>(items), out);
    return out;
  }

  private <T extends Placed> void cut(List<T> items, List<T> out) {
    if (items.size() <= 1) {
      out.addAll(items);
      return;
    }
    Gap across = widestGap(items, true);
    Gap down = widestGap(items, false);
    Gap gap = ACROSS_WEIGHT * across.width >= down.width ? across : down;
    if (gap.across && gap.width >= MIN_GAP) {
      // Cutting across under headlines set side by side would part each from its columns.
      double at = gap.at;
      List<T> above = items.stream().filter(p -> p.box().y() < at).toList();
      Gap between = headlinesOnly(above) ? gapBetweenHeadlines(items) : null;
      if (between != null) {
        gap = between;
      }
    }
    if (gap.width < MIN_GAP) {
      items.sort(
          Comparator.comparingDouble((T p) -> p.box().y()).thenComparingDouble(p -> p.box().x()));
      out.addAll(items);
      return;
    }
    List<T> before = new ArrayList<>();
    List<T> after = new ArrayList<>();
    for (T item : items) {
      Region r = item.box();
      double start = gap.across ? r.y() : r.x();
      (start < gap.at ? before : after).add(item);
    }
    cut(before, out);
    cut(after, out);
  }

  private record Gap(boolean across, double at, double width) {}

  /**
   * A gap down the whole region with a headline on either side: articles set side by side, each
   * headline over its own columns. Their columns stand a gutter apart, no wider than the columns of
   * one article, so the widest gap does not tell them apart.
   */
  private static <T extends Placed> Gap gapBetweenHeadlines(List<T> items) {
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparingDouble(p -> p.box().x()));
    double reach = sorted.get(0).box().right();
    for (int i = 1; i < sorted.size(); i++) {
      Region r = sorted.get(i).box();
      if (r.x() - reach >= MIN_GAP
          && sideBySide(sorted.subList(0, i), sorted.subList(i, sorted.size()))) {
        return new Gap(false, r.x(), r.x() - reach);
      }
      reach = Math.max(reach, r.right());
    }
    return null;
  }

  /**
   * Whether a band holds only headings: headlines, and what stands under a headline within its
   * width (a byline set under the title).
   */
  private static <T extends Placed> boolean headlinesOnly(List<T> items) {
    return items.stream().anyMatch(Placed::isHeadline)
        && items.stream().allMatch(p -> p.isHeadline() || underHeadline(p, items));
  }

  private static <T extends Placed> boolean underHeadline(T item, List<T> items) {
    Region r = item.box();
    return items.stream()
        .filter(Placed::isHeadline)
        .map(Placed::box)
        .anyMatch(
            h -> h.bottom() <= r.y() + MIN_GAP && r.x() >= h.x() - MIN_GAP && r.x() < h.right());
  }

  /** Whether a headline on the left stands level with one on the right. */
  private static <T extends Placed> boolean sideBySide(List<T> left, List<T> right) {
    for (T a : left) {
      if (a.isHeadline()) {
        for (T b : right) {
          if (b.isHeadline()
              && Math.abs(a.box().y() - b.box().y()) < Math.min(a.box().h(), b.box().h())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The widest band free of items, running across the page ({@code across}) or down it. */
  private static <T extends Placed> Gap widestGap(List<T> items, boolean across) {
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparingDouble(p -> start(p.box(), across)));
    Gap best = new Gap(across, 0, 0);
    double reach = end(sorted.get(0).box(), across);
    for (int i = 1; i < sorted.size(); i++) {
      Region r = sorted.get(i).box();
      double width = start(r, across) - reach;
      if (width > best.width) {
        best = new Gap(across, start(r, across), width);
      }
      reach = Math.max(reach, end(r, across));
    }
    return best;
  }

  private static double start(Region r, boolean across) {
    return across ? r.y() : r.x();
  }

  private static double end(Region r, boolean across) {
    return across ? r.bottom() : r.right();
  }
}
