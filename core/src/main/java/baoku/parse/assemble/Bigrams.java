package baoku.parse.assemble;

import java.util.Arrays;

/**
 * The character bigrams of some wording, for telling which article a caption or headline speaks of.
 * Each pair of characters is packed into an int and the distinct pairs kept sorted: a page's bodies
 * are compared with every headline and caption on it, and sets of two-character strings cost more
 * to build than the comparisons they serve.
 */
public final class Bigrams {
  private static final Bigrams NONE = new Bigrams(new int[0]);

  private final int[] sorted;

  private Bigrams(int[] sorted) {
    this.sorted = sorted;
  }

  /** The bigrams of {@code text}'s letters and digits, punctuation and spaces skipped. */
  public static Bigrams of(CharSequence text) {
    int[] pairs = new int[Math.max(0, text.length() - 1)];
    int n = 0;
    char previous = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        continue;
      }
      if (previous != 0) {
        pairs[n++] = previous << 16 | c;
      }
      previous = c;
    }
    if (n == 0) {
      return NONE;
    }
    Arrays.sort(pairs, 0, n);
    int distinct = 1;
    for (int i = 1; i < n; i++) {
      if (pairs[i] != pairs[distinct - 1]) {
        pairs[distinct++] = pairs[i];
      }
    }
    return new Bigrams(Arrays.copyOf(pairs, distinct));
  }

  /** The share of {@code part}'s bigrams that occur in {@code whole}; 0 for an empty part. */
  public static double share(Bigrams part, Bigrams whole) {
    if (part.sorted.length == 0) {
      return 0;
    }
    int found = 0;
    int w = 0;
    for (int b : part.sorted) {
      while (w < whole.sorted.length && whole.sorted[w] < b) {
        w++;
      }
      if (w < whole.sorted.length && whole.sorted[w] == b) {
        found++;
      }
    }
    return (double) found / part.sorted.length;
  }
}
