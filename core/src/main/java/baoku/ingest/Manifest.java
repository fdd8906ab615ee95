package baoku.ingest;

import baoku.archive.export.Csv;
import baoku.parse.PageHints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV list of pages with what is known about each: {@code path,paper,date,page}, paths relative
 * to the manifest's folder, any field but the path may be empty, a header line is optional. Rows
 * that cannot be read are kept as problems, each naming its line.
 */
public record Manifest(Path file, Map<Path, PageHints> pages, List<String> problems) {
  public Manifest {
    pages = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pages));
    problems = List.copyOf(problems);
  }

  public static Manifest read(Path file) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Map<Path, PageHints> pages = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = i == 0 ? lines.get(i).replace("\uFEFF", "") : lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> cells = Csv.split(line);
      if (i == 0 && cells.get(0).strip().equalsIgnoreCase("path")) {
        continue;
      }
      String where = file + " line " + (i + 1) + ": ";
      if (cells.size() > 4 || cells.get(0).isBlank()) {
        problems.add(where + "expected path,paper,date,page");
        continue;
      }
      try {
        pages.put(
            folder.resolve(cells.get(0).strip()).normalize(),
            new PageHints(
                blankToNull(cell(cells, 1)),
                blankToNull(cell(cells, 2)) == null ? null : LocalDate.parse(cell(cells, 2)),
                blankToNull(cell(cells, 3)) == null ? null : Integer.valueOf(cell(cells, 3))));
      } catch (DateTimeParseException e) {
        problems.add(where + "not a date (YYYY-MM-DD): '" + cell(cells, 2) + "'");
      } catch (NumberFormatException e) {
        problems.add(where + "not a page number: '" + cell(cells, 3) + "'");
      }
    }
    return new Manifest(file, pages, problems);
  }

  private static String cell(List<String> cells, int index) {
    return index < cells.size() ? cells.get(index).strip() : "";
  }

  private static String blankToNull(String value) {
    return value.isBlank() ? null : value;
  }
}
