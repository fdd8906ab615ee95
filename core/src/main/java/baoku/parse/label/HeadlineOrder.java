package baoku.parse.label;

import baoku.parse.label.PageUnits.Kind;
import baoku.parse.label.PageUnits.Unit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs each headline with its text. Pages read in reading order print a headline before its text;
 * text drawn from a PDF's content stream often has it after. Both pairings are tried, and the page
 * takes the one that gives more headlines a text of their own — a score over the whole page, not a
 * fixed order.
 */
final class HeadlineOrder {
  private HeadlineOrder() {}

  /**
   * For each headline unit, the text unit it heads: in the order that pairs more headlines, then
   * headlines left over in the other order (an e-paper copy may set one article's headline after
   * its text among headlines set before theirs).
   */
  static Map<Unit, Unit> pair(List<Unit> units) {
    Map<Unit, Unit> before = pair(units, true, new HashMap<>());
    Map<Unit, Unit> after = pair(units, false, new HashMap<>());
    boolean headFirst = before.size() >= after.size();
    return pair(units, !headFirst, headFirst ? before : after);
  }

  /**
   * Each headline not yet in {@code paired} with the nearest text on one side that no other
   * headline stands between and no headline heads yet.
   */
  private static Map<Unit, Unit> pair(List<Unit> units, boolean headFirst, Map<Unit, Unit> paired) {
    Map<Unit, Unit> out = new HashMap<>(paired);
    java.util.Set<Unit> taken = new java.util.HashSet<>(paired.values());
    int n = units.size();
    for (int k = 0; k < n; k++) {
      int i = headFirst ? k : n - 1 - k;
      if (units.get(i).kind != Kind.HEAD || out.containsKey(units.get(i))) {
        continue;
      }
      int step = headFirst ? 1 : -1;
      for (int j = i + step; j >= 0 && j < n; j += step) {
        Unit u = units.get(j);
        if (u.kind == Kind.HEAD) {
          break;
        }
        if (u.kind == Kind.TEXT && !taken.contains(u) && hasText(u)) {
          out.put(units.get(i), u);
          taken.add(u);
          break;
        }
      }
    }
    return out;
  }

  static boolean hasText(Unit unit) {
    return unit.roles.stream().anyMatch(r -> r != LineRole.JUMP);
  }
}
