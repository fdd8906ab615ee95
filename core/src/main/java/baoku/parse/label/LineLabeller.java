package baoku.parse.label;

import java.util.List;
import java.util.Map;

/**
 * A linear-chain labeller over a page's lines: each line's role is scored from its features, each
 * step from one role to the next from how pages are set, and Viterbi finds the best sequence of
 * roles for the whole page. The weights are learned ({@link LabellerTrainer}) and read as a
 * resource ({@link LabellerModel}). Thread-safe.
 */
public final class LineLabeller {
  private static final LineRole[] ROLES = LineRole.values();

  private final Map<String, float[]> weights;
  private final float[][] transitions;

  /**
   * @param weights for each feature, its weight for each role (by ordinal)
   * @param transitions the weight of each role after each role; the last row is the page's start
   */
  public LineLabeller(Map<String, float[]> weights, float[][] transitions) {
    this.weights = Map.copyOf(weights);
    this.transitions = transitions;
  }

  Map<String, float[]> weights() {
    return weights;
  }

  float[][] transitions() {
    return transitions;
  }

  /** The best roles for lines with these features. */
  public LineRole[] label(List<String[]> features) {
    int n = features.size();
    int k = ROLES.length;
    LineRole[] out = new LineRole[n];
    if (n == 0) {
      return out;
    }
    float[][] score = new float[n][k];
    int[][] back = new int[n][k];
    float[] own = new float[k];
    for (int i = 0; i < n; i++) {
      scores(features.get(i), own);
      for (int r = 0; r < k; r++) {
        if (i == 0) {
          score[0][r] = own[r] + transitions[k][r];
          continue;
        }
        float best = Float.NEGATIVE_INFINITY;
        int from = 0;
        for (int p = 0; p < k; p++) {
          float s = score[i - 1][p] + transitions[p][r];
          if (s > best) {
            best = s;
            from = p;
          }
        }
        score[i][r] = best + own[r];
        back[i][r] = from;
      }
    }
    int best = 0;
    for (int r = 1; r < k; r++) {
      if (score[n - 1][r] > score[n - 1][best]) {
        best = r;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      out[i] = ROLES[best];
      best = back[i][best];
    }
    return out;
  }

  /** Each role's score from the features alone. */
  void scores(String[] features, float[] out) {
    java.util.Arrays.fill(out, 0f);
    for (String f : features) {
      float[] w = weights.get(f);
      if (w != null) {
        for (int r = 0; r < out.length; r++) {
          out[r] += w[r];
        }
      }
    }
  }
}
