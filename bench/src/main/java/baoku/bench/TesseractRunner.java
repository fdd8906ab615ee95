package baoku.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tesseract (Debian's tesseract-ocr with chi_sim) as the baseline: one process per page, on one
 * thread as Baoku's engine runs, its lines read from its TSV, its time and peak memory from GNU
 * time.
 */
final class TesseractRunner {
  /** What one page gave: lines in pixels, seconds, peak resident memory in kilobytes. */
  record Run(List<LineCer.Line> lines, double seconds, long peakKb) {}

  static boolean available() {
    try {
      Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return p.waitFor() == 0
          && out.contains("chi_sim")
          && Files.isExecutable(Path.of("/usr/bin/time"));
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  Run read(Path png, Path work) throws IOException, InterruptedException {
    Path timing = work.resolve("tesseract-time.txt");
    ProcessBuilder builder =
        new ProcessBuilder(
            "/usr/bin/time",
            "-f",
            "%e %M",
            "-o",
            timing.toString(),
            "tesseract",
            png.toString(),
            "stdout",
            "-l",
            "chi_sim",
            "--psm",
            "3",
            "tsv");
    builder.environment().put("OMP_THREAD_LIMIT", "1");
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process process = builder.start();
    String tsv = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IOException("tesseract failed on " + png);
    }
    String[] time = Files.readString(timing, StandardCharsets.UTF_8).trim().split("\\s+");
    return new Run(lines(tsv), Double.parseDouble(time[0]), Long.parseLong(time[1]));
  }

  /** Words (level 5) joined into their lines, each line's box the union of its words'. */
  static List<LineCer.Line> lines(String tsv) {
    Map<String, double[]> boxes = new LinkedHashMap<>();
    Map<String, StringBuilder> texts = new LinkedHashMap<>();
    for (String row : tsv.split("\n")) {
      String[] f = row.split("\t", -1);
      if (f.length < 12 || !f[0].equals("5") || f[11].isBlank()) {
        continue;
      }
      String key = f[1] + "/" + f[2] + "/" + f[3] + "/" + f[4];
      double x = Double.parseDouble(f[6]);
      double y = Double.parseDouble(f[7]);
      double r = x + Double.parseDouble(f[8]);
      double b = y + Double.parseDouble(f[9]);
      boxes.merge(
          key,
          new double[] {x, y, r, b},
          (o, n) ->
              new double[] {
                Math.min(o[0], n[0]),
                Math.min(o[1], n[1]),
                Math.max(o[2], n[2]),
                Math.max(o[3], n[3])
              });
      texts.computeIfAbsent(key, k -> new StringBuilder()).append(f[11].strip());
    }
    List<LineCer.Line> out = new ArrayList<>();
    for (var e : boxes.entrySet()) {
      double[] b = e.getValue();
      out.add(
          new LineCer.Line(texts.get(e.getKey()).toString(), b[0], b[1], b[2] - b[0], b[3] - b[1]));
    }
    return out;
  }
}
