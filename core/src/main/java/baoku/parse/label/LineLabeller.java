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
    float[][] own = new float[features.size()][ROLES.length];
    for (int i = 0; i < own.length; i++) {
      scores(features.get(i), own[i]);
    }
    int[] best = Viterbi.best(own, transitions);
    LineRole[] out = new LineRole[best.length];
    for (int i = 0; i < best.length; i++) {
      out[i] = ROLES[best[i]];
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
