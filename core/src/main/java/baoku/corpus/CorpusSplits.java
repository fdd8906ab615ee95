package baoku.corpus;

import baoku.resource.ResourceLoader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which month of the corpus serves which split ({@code corpus/splits.txt}). Months named there as
 * {@code held-out} are kept for the project's own tests and are never read; months not named are
 * training months.
 */
public final class CorpusSplits {
  private final Map<String, Split> months = new HashMap<>();
  private final Set<String> heldOut = new HashSet<>();

  public CorpusSplits(ResourceLoader loader) {
    for (String entry : loader.entries("corpus/splits.txt")) {
      String[] parts = entry.split("\\s+");
      if (parts[1].equals("held-out")) {
        heldOut.add(parts[0]);
      } else {
        months.put(parts[0], Split.valueOf(parts[1].toUpperCase(Locale.ROOT)));
      }
    }
  }

  /** Whether {@code month} (YYYY-MM) is kept aside and must never be read. */
  public boolean isHeldOut(String month) {
    return heldOut.contains(month);
  }

  /** The split of {@code month} (YYYY-MM). */
  public Split of(String month) {
    return months.getOrDefault(month, Split.TRAIN);
  }
}
