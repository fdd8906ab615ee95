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

  /** Characters scored on either side of a word that may hold a name. */
  private static final int MARGIN = 3;

  /** Tags of single characters that are no part of a name: punctuation and function words. */
  private static final java.util.Set<String> NOT_IN_NAMES =
      java.util.Set.of(
          "w", "u", "ude1", "ude2", "ude3", "ule", "uzhe", "uguo", "udeng", "uyy", "udh", "uls",
          "usuo", "ulian", "uzhi", "p", "pba", "pbei", "c", "cc", "y", "e", "m", "mq", "x", "xx",
          "xu", "d", "vshi", "vyou", "r", "rr", "ry", "rz", "rzs", "rzv", "f", "q", "qt", "qv",
          "k");

  private final NameFeatures features;

  /**
   * Slot s holds a feature's key at 2s and its three weights at 2s + 1, each in hundredths as a
   * 21-bit signed field: one cache line per look-up, where separate arrays cost two.
   */
  private final long[] table;

  private final float[][] transitions;
  private final int mask;

  /**
   * @param featureWeights for each feature key, its weight for each label
   * @param transitions the score of each label after each label; the last row is the start
   */
  public NameModel(
      NameFeatures features, java.util.Map<Long, float[]> featureWeights, float[][] transitions) {
    this.features = features;
    int size = Integer.highestOneBit(Math.max(16, featureWeights.size() * 5 / 3)) << 1;
    this.table = new long[size * 2];
    this.mask = size - 1;
    this.transitions = new float[LABELS + 1][];
    for (int p = 0; p <= LABELS; p++) {
      this.transitions[p] = transitions[p].clone();
    }
    featureWeights.forEach(
        (key, w) -> {
          int slot = slot(key);
          table[2 * slot] = key;
          table[2 * slot + 1] = pack(w);
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

  /**
   * The best label of each character. Only characters near a word that may be or hold a name are
   * scored (see {@link #mayHoldName}); the rest, most of a text, are outside every name: scoring
   * every character cost as much as cutting the text into words.
   */
  public int[] label(String text, List<Token> words) {
    float[][] own = new float[text.length()][LABELS];
    boolean[] scored = nearNames(text.length(), words);
    for (int i = 0; i < own.length; i++) {
      if (!scored[i]) {
        own[i][BEGIN] = Float.NEGATIVE_INFINITY;
        own[i][INSIDE] = Float.NEGATIVE_INFINITY;
      }
    }
    features.keys(
        text,
        words,
        scored,
        (i, key) -> {
          int slot = find(key);
          if (slot >= 0) {
            long packed = table[2 * slot + 1];
            float[] row = own[i];
            row[0] += unpack(packed, 0);
            row[1] += unpack(packed, 1);
            row[2] += unpack(packed, 2);
          }
        });
    return Viterbi.best(own, transitions);
  }

  /** The characters within {@link #MARGIN} of a word that may be or hold a name. */
  private boolean[] nearNames(int length, List<Token> words) {
    boolean[] out = new boolean[length];
    for (Token word : words) {
      if (mayHoldName(word)) {
        int from = Math.max(0, word.start() - MARGIN);
        int to = Math.min(length, word.end() + MARGIN);
        java.util.Arrays.fill(out, from, to, true);
      }
    }
    return out;
  }

  /**
   * A person word of the segmenter's; a single character it could not join to a word (names it
   * missed fall apart into such: 蓬/q 佩/v 奥/b), other than punctuation and function words. Words
   * that open with a family name (高峰, 柳青) were tried too: 0.7 points of F1 on the People's Daily
   * dev set for three times the cost.
   */
  boolean mayHoldName(Token word) {
    if (word.isPersonName()) {
      return true;
    }
    return word.text().length() == 1 && !NOT_IN_NAMES.contains(word.tag());
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
    for (int r = 0; r < LABELS; r++) {
      out[r] = unpack(table[2 * slot + 1], r);
    }
    return out;
  }

  float[][] transitions() {
    float[][] out = new float[LABELS + 1][];
    for (int p = 0; p <= LABELS; p++) {
      out[p] = transitions[p].clone();
    }
    return out;
  }

  private static final int FIELD = 21;
  private static final long FIELD_MASK = (1L << FIELD) - 1;

  /** The weights in hundredths, 21 bits each (±10,485.75, far beyond any weight learned). */
  private static long pack(float[] w) {
    long out = 0;
    for (int r = 0; r < LABELS; r++) {
      long hundredths = Math.round(w[r] * 100.0);
      hundredths = Math.max(-(FIELD_MASK >> 1), Math.min(FIELD_MASK >> 1, hundredths));
      out |= (hundredths & FIELD_MASK) << (FIELD * r);
    }
    return out;
  }

  private static float unpack(long packed, int label) {
    long field = packed << (64 - FIELD * (label + 1)) >> (64 - FIELD);
    return field / 100f;
  }

  /** Key 0 marks an empty slot; a feature whose key is 0 is lost, one in 2^64. */
  private int find(long key) {
    for (int slot = hash(key); ; slot = (slot + 1) & mask) {
      long k = table[2 * slot];
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
    while (table[2 * slot] != 0 && table[2 * slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private int hash(long key) {
    return (int) (key ^ (key >>> 32)) & mask;
  }
}
