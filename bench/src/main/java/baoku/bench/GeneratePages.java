package baoku.bench;

import baoku.page.PageJson;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes generated pages as a gold folder ({@code NAME.txt}, {@code NAME.gold.json}, {@code
 * NAME.meta.json}) that {@code baoku eval} scores like the sample pages.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar baoku.bench.GeneratePages SAMPLES_DIR OUT_DIR COUNT [epaper|pdf]
 * </pre>
 */
public final class GeneratePages {
  private GeneratePages() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: GeneratePages SAMPLES_DIR OUT_DIR COUNT [epaper|pdf]");
      System.exit(2);
    }
    Path out = Path.of(args[1]);
    int count = Integer.parseInt(args[2]);
    Layout layout = args.length > 3 && args[3].equals("pdf") ? Layout.PDF_COLUMNS : Layout.EPAPER;
    PageJson json = new PageJson();
    Files.createDirectories(out);
    for (GeneratedPage page :
        PageGenerator.fromGoldPages(Path.of(args[0]), 1).generate(layout, count)) {
      Files.writeString(out.resolve(page.name() + ".txt"), page.text());
      Files.writeString(out.resolve(page.name() + ".gold.json"), json.write(page.gold()) + "\n");
      Files.writeString(
          out.resolve(page.name() + ".meta.json"), json.write(page.hints(), false) + "\n");
    }
  }
}
