package baoku.parse.pdf;

import baoku.page.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Merges the boxes of an article's blocks into the few rectangles a reader would outline: one per
 * column run, one for the headline, one for a photo with its caption. Two boxes merge when one
 * stands inside the other's column, not much narrower, and nothing but a line's spacing parts them.
 */
final class RegionMerger {
  /** A box up to this much wider than the other still outlines the same column. */
  private static final double SAME_COLUMN = 1.5;

  List<Region> merge(List<Region> boxes, double bodySize) {
    List<Region> out = new ArrayList<>(boxes);
    boolean merged = true;
    while (merged) {
      merged = false;
      outer:
      for (int i = 0; i < out.size(); i++) {
        for (int j = i + 1; j < out.size(); j++) {
          if (mergeable(out.get(i), out.get(j), bodySize)) {
            out.set(i, out.get(i).union(out.remove(j)));
            merged = true;
            break outer;
          }
        }
      }
    }
    out.sort(Comparator.comparingDouble(Region::x).thenComparingDouble(Region::y));
    return out;
  }

  private static boolean mergeable(Region a, Region b, double bodySize) {
    Region wide = a.w() >= b.w() ? a : b;
    Region narrow = wide == a ? b : a;
    double slack = bodySize / 2;
    boolean inside = narrow.x() >= wide.x() - slack && narrow.right() <= wide.right() + slack;
    double gap = Math.max(a.y(), b.y()) - Math.min(a.bottom(), b.bottom());
    return inside && wide.w() <= SAME_COLUMN * narrow.w() && gap <= 2 * bodySize;
  }
}
