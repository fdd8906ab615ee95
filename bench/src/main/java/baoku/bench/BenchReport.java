package baoku.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/** What the benchmarks share for their reports and scratch folders. */
final class BenchReport {
  private BenchReport() {}

  /** Appends a formatted line; figures are formatted the same whatever the machine's locale. */
  static void line(StringBuilder out, String format, Object... values) {
    out.append(String.format(Locale.ROOT, format, values));
  }

  /** Deletes a scratch folder and everything in it, if it exists. */
  static void delete(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
