package baoku.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * The multiset of character bigrams of a text, counted over code points (not UTF-16 units) so that
 * a character outside the Basic Multilingual Plane counts once, as the reference scorer counts it.
 */
public final class Bigrams {
  private final Map<Long, Integer> counts;
  private final int total;

  private Bigrams(Map<Long, Integer> counts, int total) {
    this.counts = counts;
    this.total = total;
  }

  public static Bigrams of(String text) {
    int[] cps = text.codePoints().toArray();
    Map<Long, Integer> counts = new HashMap<>();
    for (int i = 0; i + 1 < cps.length; i++) {
      counts.merge(((long) cps[i] << 32) | (cps[i + 1] & 0xffffffffL), 1, Integer::sum);
    }
    return new Bigrams(counts, Math.max(0, cps.length - 1));
  }

  /** How many bigrams there are, repeats included. */
  public int total() {
    return total;
  }

  /** The size of the multiset intersection: bigrams both texts have, repeats counted. */
  public int shared(Bigrams other) {
    Map<Long, Integer> small = counts.size() <= other.counts.size() ? counts : other.counts;
    Map<Long, Integer> large = small == counts ? other.counts : counts;
    int shared = 0;
    for (Map.Entry<Long, Integer> e : small.entrySet()) {
      shared += Math.min(e.getValue(), large.getOrDefault(e.getKey(), 0));
    }
    return shared;
  }

  /** Bigram F1 of {@code predicted} against {@code gold}; two empty texts agree fully. */
  public static double f1(String gold, String predicted) {
    if (gold.isEmpty() && predicted.isEmpty()) {
      return 1.0;
    }
    Bigrams g = of(gold);
    Bigrams p = of(predicted);
    int inter = g.shared(p);
    if (inter == 0) {
      return 0.0;
    }
    double precision = (double) inter / Math.max(1, p.total());
    double recall = (double) inter / Math.max(1, g.total());
    // Same order of operations as the reference scorer, so the doubles agree to the last bit.
    return 2 * precision * recall / (precision + recall);
  }
}
