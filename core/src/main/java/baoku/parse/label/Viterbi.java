package baoku.parse.label;

/**
 * The best sequence of labels for a sequence (roles of a page's lines, name labels of a text's
 * characters), given each item's score for each label and the score of each label after each.
 */
public final class Viterbi {
  private Viterbi() {}

  /**
   * @param own for each line, the score of each role from its features
   * @param transitions the score of each role after each role; the last row is the page's start
   * @return the ordinal of the best role for each line
   */
  public static int[] best(float[][] own, float[][] transitions) {
    int n = own.length;
    int[] out = new int[n];
    if (n == 0) {
      return out;
    }
    int k = own[0].length;
    float[][] score = new float[n][k];
    int[][] back = new int[n][k];
    for (int r = 0; r < k; r++) {
      score[0][r] = own[0][r] + transitions[k][r];
    }
    for (int i = 1; i < n; i++) {
      for (int r = 0; r < k; r++) {
        float best = Float.NEGATIVE_INFINITY;
        for (int p = 0; p < k; p++) {
          float s = score[i - 1][p] + transitions[p][r];
          if (s > best) {
            best = s;
            back[i][r] = p;
          }
        }
        score[i][r] = best + own[i][r];
      }
    }
    int best = 0;
    for (int r = 1; r < k; r++) {
      if (score[n - 1][r] > score[n - 1][best]) {
        best = r;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      out[i] = best;
      best = back[i][best];
    }
    return out;
  }
}
