package baoku.enrich.names;

import baoku.enrich.Tagger;
import baoku.enrich.Token;
import baoku.parse.label.Viterbi;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Learns a {@link NameModel} from texts whose person names are marked: an averaged structured
 * perceptron (Collins 2002) over characters, as the line labeller learns pages. Each text is cut by
 * the same tagger the product runs, so the word features mean at training what they mean at use.
 * Features seen fewer than {@code minCount} times are left out. Deterministic for a given seed.
 */
public final class NameTrainer {
  private static final int K = NameModel.LABELS;

  private final Tagger tagger;
  private final NameFeatures features;
  private final int epochs;
  private final int minCount;
  private final long seed;

  public NameTrainer(Tagger tagger, NameFeatures features, int epochs, int minCount, long seed) {
    this.tagger = tagger;
    this.features = features;
    this.epochs = epochs;
    this.minCount = minCount;
    this.seed = seed;
  }

  /** A text with its person names marked. */
  public record Example(String text, List<NameSpan> names) {
    public Example {
      names = List.copyOf(names);
    }

    int[] labels() {
      int[] out = new int[text.length()];
      for (NameSpan name : names) {
        out[name.start()] = NameModel.BEGIN;
        for (int i = name.start() + 1; i < name.end(); i++) {
          out[i] = NameModel.INSIDE;
        }
      }
      return out;
    }
  }

  /** The model, and the text of each feature it kept, for the model file. */
  public record Trained(NameModel model, Map<Long, String> descriptions) {}

  public Trained train(List<Example> examples) {
    List<List<Token>> cuts = new ArrayList<>(examples.size());
    Map<Long, Integer> counts = new HashMap<>();
    for (Example example : examples) {
      List<Token> words = tagger.tag(example.text());
      cuts.add(words);
      features.keys(example.text(), words, (i, key) -> counts.merge(key, 1, Integer::sum));
    }
    Map<Long, Integer> ids = new HashMap<>();
    List<Long> keyOf = new ArrayList<>();
    counts.forEach(
        (key, count) -> {
          if (count >= minCount) {
            ids.put(key, ids.size());
            keyOf.add(key);
          }
        });
    counts.clear();
    List<int[][]> encoded = new ArrayList<>(examples.size());
    for (int e = 0; e < examples.size(); e++) {
      String text = examples.get(e).text();
      int[][] chars = new int[text.length()][];
      int[] fill = new int[text.length()];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = new int[NameFeatures.TEMPLATES];
      }
      features.keys(
          text,
          cuts.get(e),
          (i, key) -> {
            Integer id = ids.get(key);
            if (id != null) {
              chars[i][fill[i]++] = id;
            }
          });
      for (int i = 0; i < chars.length; i++) {
        chars[i] = Arrays.copyOf(chars[i], fill[i]);
      }
      encoded.add(chars);
    }
    Weights w = new Weights(ids.size());
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      order.add(i);
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int epoch = 0; epoch < epochs; epoch++) {
      java.util.Collections.shuffle(order, new Random(random.nextLong()));
      for (int e : order) {
        int[][] chars = encoded.get(e);
        w.update(chars, examples.get(e).labels(), w.viterbi(chars));
        w.tick();
      }
    }
    Map<Long, float[]> kept = w.averaged(keyOf);
    Map<Long, String> descriptions = new HashMap<>();
    for (int e = 0; e < examples.size(); e++) {
      features.describe(
          examples.get(e).text(),
          cuts.get(e),
          (i, template, atoms) -> {
            long key = NameFeatures.key(template, atoms);
            if (kept.containsKey(key) && !descriptions.containsKey(key)) {
              String line = NameModelFile.line(template, atoms);
              if (line != null) {
                descriptions.put(key, line);
              }
            }
          });
    }
    // A feature whose text the file cannot hold (a tab or line break inside) is left out.
    kept.keySet().retainAll(descriptions.keySet());
    return new Trained(new NameModel(features, kept, w.averagedTransitions()), descriptions);
  }

  /** Current and summed weights, for the averaged perceptron's lazy averaging. */
  private static final class Weights {
    final float[] feature;
    // Sums of step-weighted updates outgrow a float's exact integers within one epoch.
    final double[] featureSum;
    final float[][] transition = new float[K + 1][K];
    final double[][] transitionSum = new double[K + 1][K];
    int step = 1;

    Weights(int features) {
      feature = new float[features * K];
      featureSum = new double[features * K];
    }

    int[] viterbi(int[][] chars) {
      float[][] own = new float[chars.length][K];
      for (int i = 0; i < chars.length; i++) {
        for (int f : chars[i]) {
          for (int r = 0; r < K; r++) {
            own[i][r] += feature[f * K + r];
          }
        }
      }
      return Viterbi.best(own, transition);
    }

    void update(int[][] chars, int[] gold, int[] guess) {
      for (int i = 0; i < chars.length; i++) {
        int prevGold = i == 0 ? K : gold[i - 1];
        int prevGuess = i == 0 ? K : guess[i - 1];
        if (gold[i] == guess[i] && prevGold == prevGuess) {
          continue;
        }
        transition[prevGold][gold[i]] += 1;
        transitionSum[prevGold][gold[i]] += step;
        transition[prevGuess][guess[i]] -= 1;
        transitionSum[prevGuess][guess[i]] -= step;
        if (gold[i] != guess[i]) {
          for (int f : chars[i]) {
            feature[f * K + gold[i]] += 1;
            featureSum[f * K + gold[i]] += step;
            feature[f * K + guess[i]] -= 1;
            featureSum[f * K + guess[i]] -= step;
          }
        }
      }
    }

    void tick() {
      step++;
    }

    /** The averaged weights, w − sum/step, of the features that have any. */
    Map<Long, float[]> averaged(List<Long> keyOf) {
      Map<Long, float[]> out = new HashMap<>();
      for (int f = 0; f < keyOf.size(); f++) {
        float[] avg = new float[K];
        boolean any = false;
        for (int r = 0; r < K; r++) {
          avg[r] = round(feature[f * K + r] - featureSum[f * K + r] / step);
          any |= avg[r] != 0f;
        }
        if (any) {
          out.put(keyOf.get(f), avg);
        }
      }
      return out;
    }

    float[][] averagedTransitions() {
      float[][] t = new float[K + 1][K];
      for (int p = 0; p <= K; p++) {
        for (int r = 0; r < K; r++) {
          t[p][r] = round(transition[p][r] - transitionSum[p][r] / step);
        }
      }
      return t;
    }

    private static float round(double v) {
      return (float) (Math.round(v * 100) / 100.0);
    }
  }
}
