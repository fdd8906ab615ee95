package baoku.eval;

import baoku.enrich.Enricher;
import baoku.enrich.HanLpTagger;
import baoku.page.Page;
import baoku.parse.PageHints;
import baoku.parse.PageParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What enrichment costs: pages a second for parsing alone and for parsing and enriching, over the
 * {@code NAME.txt} pages of a folder (with their {@code NAME.meta.json} hints), after a warm-up.
 * Usage: {@code EnrichmentCost DIR [SECONDS]}.
 */
public final class EnrichmentCost {
  private record Input(String text, String name, PageHints hints) {}

  private EnrichmentCost() {}

  public static void main(String[] args) throws IOException {
    List<Input> pages = read(Path.of(args[0]));
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
    PageParser parser = new PageParser();
    Enricher enricher = new Enricher(new HanLpTagger());
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    // Warm up both paths: JIT, and HanLP's dictionaries, loaded on first use.
    rate(pages, seconds / 2, p -> parser.parse(p.text(), p.name(), p.hints()));
    rate(pages, seconds / 2, p -> enricher.enrich(parser.parse(p.text(), p.name(), p.hints())));
    double parse = rate(pages, seconds, p -> parser.parse(p.text(), p.name(), p.hints()));
    double both =
        rate(pages, seconds, p -> enricher.enrich(parser.parse(p.text(), p.name(), p.hints())));
    out.printf(Locale.ROOT, "pages: %d, %.0f s a measurement, one thread%n", pages.size(), seconds);
    out.printf(Locale.ROOT, "parse alone:      %8.1f pages/s%n", parse);
    out.printf(Locale.ROOT, "parse + enrich:   %8.1f pages/s%n", both);
    out.printf(Locale.ROOT, "enrich per page:  %8.2f ms%n", 1000 / both - 1000 / parse);
  }

  private interface Work {
    Page run(Input page);
  }

  /** Pages a second, running the pages round-robin for about {@code seconds}. */
  private static double rate(List<Input> pages, double seconds, Work work) {
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    long start = System.nanoTime();
    long done = 0;
    int sink = 0;
    while (System.nanoTime() < deadline) {
      for (Input page : pages) {
        sink += work.run(page).articles().size();
        done++;
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    if (sink < 0) {
      throw new IllegalStateException("unreachable: keeps the work from being optimised away");
    }
    return done / elapsed;
  }

  private static List<Input> read(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Input> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path txt : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
        Path meta = txt.resolveSibling(name + ".meta.json");
        PageHints hints = PageHints.none();
        if (Files.exists(meta)) {
          JsonNode m = json.readTree(Files.readString(meta, StandardCharsets.UTF_8));
          hints =
              new PageHints(
                  m.path("paper").asText(null),
                  m.has("date") ? LocalDate.parse(m.get("date").asText()) : null,
                  m.has("page") ? m.get("page").asInt() : null);
        }
        out.add(new Input(Files.readString(txt, StandardCharsets.UTF_8), txt.toString(), hints));
      }
    }
    return out;
  }
}
