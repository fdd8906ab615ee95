package baoku.archive;

import java.time.LocalDate;
import java.util.Map;

/** One person over the whole archive: the role most often given, articles, first and last date. */
public record PersonTally(String name, String role, int articles, LocalDate first, LocalDate last) {
  /** The role given most often in {@code counts}, ties to the first by name; null for none. */
  public static String mostOften(Map<String, Integer> counts) {
    String best = null;
    int most = 0;
    for (var entry : counts.entrySet()) {
      int n = entry.getValue();
      if (n > most || (n == most && best != null && entry.getKey().compareTo(best) < 0)) {
        best = entry.getKey();
        most = n;
      }
    }
    return best;
  }
}
