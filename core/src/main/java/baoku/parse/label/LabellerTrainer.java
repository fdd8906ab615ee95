package baoku.parse.label;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Learns a {@link LineLabeller} from labelled pages: an averaged structured perceptron (Collins
 * 2002). Each epoch labels every page with the current weights and, where the best sequence differs
 * from the true one, moves the weights toward the truth; the averaged weights generalise better
 * than the last ones. Features seen fewer than {@code minCount} times are left out. Deterministic
 * for a given seed.
 */
public final class LabellerTrainer {
  private static final int K = LineRole.values().length;

  private final LineFeatures features;
  private final int epochs;
  private final int minCount;
  private final long seed;

  public LabellerTrainer(LineFeatures features, int epochs, int minCount, long seed) {
    this.features = features;
    this.epochs = epochs;
    this.minCount = minCount;
    this.seed = seed;
  }

  public LineLabeller train(List<LabelledPage> pages) {
    Map<String, Integer> counts = new HashMap<>();
    List<List<String[]>> featureSets = new ArrayList<>(pages.size());
    for (LabelledPage page : pages) {
      List<String[]> f = features.of(page.lines());
      featureSets.add(f);
      for (String[] line : f) {
        for (String s : line) {
          counts.merge(s, 1, Integer::sum);
        }
      }
    }
    Map<String, Integer> ids = new HashMap<>();
    List<String> names = new ArrayList<>();
    counts.forEach(
        (name, count) -> {
          if (count >= minCount) {
            ids.put(name, ids.size());
            names.add(name);
          }
        });
    List<int[][]> encoded = new ArrayList<>(pages.size());
    List<int[]> gold = new ArrayList<>(pages.size());
    for (int p = 0; p < pages.size(); p++) {
      List<String[]> f = featureSets.get(p);
      int[][] lines = new int[f.size()][];
      for (int i = 0; i < lines.length; i++) {
        lines[i] =
            java.util.Arrays.stream(f.get(i)).filter(ids::containsKey).mapToInt(ids::get).toArray();
      }
      encoded.add(lines);
      gold.add(pages.get(p).roles().stream().mapToInt(Enum::ordinal).toArray());
    }
    Weights w = new Weights(ids.size());
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      order.add(i);
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int epoch = 0; epoch < epochs; epoch++) {
      Collections.shuffle(order, new java.util.Random(random.nextLong()));
      for (int p : order) {
        int[] guess = w.viterbi(encoded.get(p));
        w.update(encoded.get(p), gold.get(p), guess);
        w.tick();
      }
    }
    return w.averaged(names);
  }

  /** Current and summed weights, for the averaged perceptron's lazy averaging. */
  private static final class Weights {
    final float[][] feature;
    final float[][] featureSum;
    final float[][] transition = new float[K + 1][K];
    final float[][] transitionSum = new float[K + 1][K];
    int step = 1;

    Weights(int features) {
      feature = new float[features][K];
      featureSum = new float[features][K];
    }

    int[] viterbi(int[][] lines) {
      float[][] own = new float[lines.length][K];
      for (int i = 0; i < lines.length; i++) {
        for (int f : lines[i]) {
          for (int r = 0; r < K; r++) {
            own[i][r] += feature[f][r];
          }
        }
      }
      return Viterbi.best(own, transition);
    }

    void update(int[][] lines, int[] gold, int[] guess) {
      for (int i = 0; i < lines.length; i++) {
        int prevGold = i == 0 ? K : gold[i - 1];
        int prevGuess = i == 0 ? K : guess[i - 1];
        if (gold[i] == guess[i] && prevGold == prevGuess) {
          continue;
        }
        add(transition, transitionSum, prevGold, gold[i], 1);
        add(transition, transitionSum, prevGuess, guess[i], -1);
        if (gold[i] != guess[i]) {
          for (int f : lines[i]) {
            add(feature, featureSum, f, gold[i], 1);
            add(feature, featureSum, f, guess[i], -1);
          }
        }
      }
    }

    private void add(float[][] w, float[][] sum, int row, int role, float delta) {
      w[row][role] += delta;
      sum[row][role] += step * delta;
    }

    void tick() {
      step++;
    }

    /** The averaged weights: w − sum/step, features without weight left out. */
    LineLabeller averaged(List<String> names) {
      Map<String, float[]> out = new HashMap<>();
      for (int f = 0; f < feature.length; f++) {
        float[] avg = new float[K];
        boolean any = false;
        for (int r = 0; r < K; r++) {
          avg[r] = round(feature[f][r] - featureSum[f][r] / step);
          any |= avg[r] != 0f;
        }
        if (any) {
          out.put(names.get(f), avg);
        }
      }
      float[][] t = new float[K + 1][K];
      for (int p = 0; p <= K; p++) {
        for (int r = 0; r < K; r++) {
          t[p][r] = round(transition[p][r] - transitionSum[p][r] / step);
        }
      }
      return new LineLabeller(out, t);
    }

    private static float round(float v) {
      return Math.round(v * 1000f) / 1000f;
    }
  }
}
