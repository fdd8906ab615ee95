package baoku.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs each gold article with at most one predicted article: greedily, the pair sharing the most
 * body bigrams first. Ties go to the higher gold index, then the higher predicted index, as in the
 * reference scorer's reverse sort of (shared, gold, predicted).
 */
final class ArticlePairing {
  private ArticlePairing() {}

  /** Gold index to predicted index; unpaired articles are absent. */
  static Map<Integer, Integer> pair(List<Bigrams> gold, List<Bigrams> predicted) {
    List<int[]> candidates = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      for (int j = 0; j < predicted.size(); j++) {
        int shared = gold.get(i).shared(predicted.get(j));
        if (shared > 0) {
          candidates.add(new int[] {shared, i, j});
        }
      }
    }
    candidates.sort(
        (a, b) ->
            a[0] != b[0]
                ? Integer.compare(b[0], a[0])
                : a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(b[2], a[2]));
    Map<Integer, Integer> pairs = new HashMap<>();
    boolean[] predictedTaken = new boolean[predicted.size()];
    for (int[] c : candidates) {
      if (!pairs.containsKey(c[1]) && !predictedTaken[c[2]]) {
        pairs.put(c[1], c[2]);
        predictedTaken[c[2]] = true;
      }
    }
    return pairs;
  }
}
