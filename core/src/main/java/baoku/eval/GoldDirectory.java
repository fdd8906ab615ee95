package baoku.eval;

import baoku.parse.PageHints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the gold pages in a folder: every {@code NAME.gold.json} that holds a page (has {@code
 * articles}; a people list does not), in name order.
 */
public final class GoldDirectory {
  static final String GOLD_SUFFIX = ".gold.json";

  private final ObjectMapper mapper;

  public GoldDirectory(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public List<GoldPage> read(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + ": not a folder");
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files =
          list.filter(p -> p.getFileName().toString().endsWith(GOLD_SUFFIX))
              .sorted(
                  Comparator.comparing(p -> p.getFileName().toString(), GoldDirectory::byCodePoint))
              .toList();
    }
    List<GoldPage> pages = new ArrayList<>();
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      String name = fileName.substring(0, fileName.length() - GOLD_SUFFIX.length());
      JsonNode gold = readJson(file);
      if (gold.isObject() && gold.has("articles")) {
        pages.add(new GoldPage(name, gold, pageFile(dir, name), hints(dir, name)));
      }
    }
    return pages;
  }

  /** The page's text, or its PDF where the folder holds a PDF and no text. */
  private static Path pageFile(Path dir, String name) {
    Path text = dir.resolve(name + ".txt");
    Path pdf = dir.resolve(name + ".pdf");
    return !Files.exists(text) && Files.exists(pdf) ? pdf : text;
  }

  private PageHints hints(Path dir, String name) throws IOException {
    Path meta = dir.resolve(name + ".meta.json");
    if (!Files.exists(meta)) {
      return PageHints.none();
    }
    JsonNode m = readJson(meta);
    try {
      String date = textOrNull(m.get("date"));
      JsonNode page = m.get("page");
      return new PageHints(
          textOrNull(m.get("paper")),
          date == null ? null : LocalDate.parse(date),
          page == null || page.isNull() ? null : page.asInt());
    } catch (DateTimeParseException e) {
      throw new IOException(meta + ": date is not YYYY-MM-DD (" + e.getParsedString() + ")", e);
    }
  }

  private JsonNode readJson(Path file) throws IOException {
    try {
      return mapper.readTree(Files.readString(file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(file + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
    }
  }

  private static String textOrNull(JsonNode v) {
    return v == null || v.isNull() ? null : v.asText();
  }

  /** File names in code-point order, as the reference scorer sorts them. */
  static int byCodePoint(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    return java.util.Arrays.compare(x, y);
  }
}
