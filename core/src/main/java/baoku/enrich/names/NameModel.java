package baoku.enrich.names;

import baoku.enrich.Token;
import baoku.parse.label.Viterbi;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained person-name tagger over characters: each character is outside a name (O), begins one
 * (B) or continues one (I), scored by the weights of its features and the label before it, and the
 * best labelling of the text found by Viterbi. The weights sit in one open-addressing table keyed
 * by the features' 64-bit keys, so a text is scored without allocating per feature. Immutable;
 * share one.
 */
public final class NameModel {
  public static final int OUTSIDE = 0;
  public static final int BEGIN = 1;
  public static final int INSIDE = 2;
  public static final int LABELS = 3;

  private final NameFeatures features;
  private final long[] keys;
  private final float[] weights;
  private final float[][] transitions;
  private final int mask;

  /**
   * @param featureWeights for each feature key, its weight for each label
   * @param transitions the score of each label after each label; the last row is the start
   */
  public NameModel(
      NameFeatures features, java.util.Map<Long, float[]> featureWeights, float[][] transitions) {
    this.features = features;
    int size = Integer.highestOneBit(Math.max(16, featureWeights.size() * 2 - 1)) << 1;
    this.keys = new long[size];
    this.weights = new float[size * LABELS];
    this.mask = size - 1;
    this.transitions = new float[LABELS + 1][];
    for (int p = 0; p <= LABELS; p++) {
      this.transitions[p] = transitions[p].clone();
    }
    featureWeights.forEach(
        (key, w) -> {
          int slot = slot(key);
          keys[slot] = key;
          System.arraycopy(w, 0, weights, slot * LABELS, LABELS);
        });
  }

  /** The spans of {@code text} the model reads as person names, in order. */
  public List<NameSpan> find(String text, List<Token> words) {
    int[] labels = label(text, words);
    List<NameSpan> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= labels.length; i++) {
      int label = i < labels.length ? labels[i] : OUTSIDE;
      boolean continues = label == INSIDE && start >= 0;
      if (start >= 0 && !continues) {
        out.add(new NameSpan(start, i));
        start = -1;
      }
      if (label == BEGIN || (label == INSIDE && start < 0)) {
        start = i;
      }
    }
    return out;
  }

  /** The best label of each character. */
  public int[] label(String text, List<Token> words) {
    float[][] own = new float[text.length()][LABELS];
    features.keys(
        text,
        words,
        (i, key) -> {
          int slot = find(key);
          if (slot >= 0) {
            int base = slot * LABELS;
            float[] row = own[i];
            row[0] += weights[base];
            row[1] += weights[base + 1];
            row[2] += weights[base + 2];
          }
        });
    return Viterbi.best(own, transitions);
  }

  public NameFeatures features() {
    return features;
  }

  /** The weights of a feature key, or {@code null} where the model has none. */
  float[] weightsOf(long key) {
    int slot = find(key);
    if (slot < 0) {
      return null;
    }
    float[] out = new float[LABELS];
    System.arraycopy(weights, slot * LABELS, out, 0, LABELS);
    return out;
  }

  float[][] transitions() {
    float[][] out = new float[LABELS + 1][];
    for (int p = 0; p <= LABELS; p++) {
      out[p] = transitions[p].clone();
    }
    return out;
  }

  /** Key 0 marks an empty slot; a feature whose key is 0 is lost, one in 2^64. */
  private int find(long key) {
    for (int slot = hash(key); ; slot = (slot + 1) & mask) {
      long k = keys[slot];
      if (k == key) {
        return key == 0 ? -1 : slot;
      }
      if (k == 0) {
        return -1;
      }
    }
  }

  private int slot(long key) {
    int slot = hash(key);
    while (keys[slot] != 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private int hash(long key) {
    return (int) (key ^ (key >>> 32)) & mask;
  }
}
