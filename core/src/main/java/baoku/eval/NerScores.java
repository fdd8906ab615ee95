package baoku.eval;

import baoku.page.EntityType;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Exact-span counts per entity type, and the precision, recall and F1 they give. */
public final class NerScores {
  private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);

  public NerScores() {
    for (EntityType type : EntityType.values()) {
      counts.put(type, new int[3]);
    }
  }

  /** Counts one sentence's gold and found spans. */
  public void add(java.util.Collection<EntitySpan> gold, java.util.Collection<EntitySpan> found) {
    for (EntitySpan g : gold) {
      counts.get(g.type())[found.contains(g) ? 0 : 2]++;
    }
    for (EntitySpan f : found) {
      if (!gold.contains(f)) {
        counts.get(f.type())[1]++;
      }
    }
  }

  public int truePositives(EntityType type) {
    return counts.get(type)[0];
  }

  public double precision(EntityType type) {
    int[] c = counts.get(type);
    return c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
  }

  public double recall(EntityType type) {
    int[] c = counts.get(type);
    return c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
  }

  public double f1(EntityType type) {
    double p = precision(type);
    double r = recall(type);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** One line per type: {@code person P 0.912 R 0.801 F1 0.853 (gold 1864)}. */
  public String summary() {
    StringBuilder out = new StringBuilder();
    for (EntityType type : EntityType.values()) {
      int[] c = counts.get(type);
      out.append(
          String.format(
              Locale.ROOT,
              "%-7s P %.3f  R %.3f  F1 %.3f  (gold %d, found %d)%n",
              type.label(),
              precision(type),
              recall(type),
              f1(type),
              c[0] + c[2],
              c[0] + c[1]));
    }
    return out.toString();
  }
}
