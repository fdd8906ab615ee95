package baoku.ingest;

import baoku.page.PageJson;
import baoku.parse.PageHints;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the page files named on the command line, each with its hints: a manifest row first, then a
 * {@code NAME.meta.json} beside the file, then {@code --paper}, then the path's layout.
 */
final class IngestInputs {
  private final PathLayouts layouts;

  /** PDFs and page images (read by OCR) go in by these endings, any case. */
  private static final List<String> SCAN_SUFFIXES =
      List.of(".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff");

  private final PageJson json;
  private final String paper;
  final List<PageFile> files = new ArrayList<>();
  final List<Rejection> problems = new ArrayList<>();

  IngestInputs(PathLayouts layouts, PageJson json, String paper) {
    this.layouts = layouts;
    this.json = json;
    this.paper = paper;
  }

  IngestInputs collect(List<Path> inputs) {
    Map<Path, PageHints> found = new LinkedHashMap<>();
    for (Path input : inputs) {
      String name = input.getFileName() == null ? "" : input.getFileName().toString();
      if (Files.isDirectory(input)) {
        walk(input, found);
      } else if (!Files.isRegularFile(input)) {
        problems.add(new Rejection(input.toString(), "no such file or folder"));
      } else if (name.endsWith(".csv")) {
        manifest(input, found);
      } else if (isPage(name) || name.endsWith(".json") && !name.endsWith(".meta.json")) {
        found.putIfAbsent(input, PageHints.none());
      } else {
        problems.add(
            new Rejection(
                input.toString(),
                "not a page file (.txt, .pdf, .png, .jpg, .tif, .json) or manifest (.csv)"));
      }
    }
    found.forEach(
        (path, listed) -> files.add(new PageFile(path, hints(path, listed), files.size())));
    return this;
  }

  private static boolean isPage(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".txt") || SCAN_SUFFIXES.stream().anyMatch(lower::endsWith);
  }

  /**
   * Folders hold page text and PDFs; JSON pages and manifests are taken only when named. A folder
   * named through a link is walked where the link points, and its files named as under the link.
   */
  private void walk(Path folder, Map<Path, PageHints> found) {
    Path real;
    try {
      real = folder.toRealPath();
    } catch (IOException e) {
      problems.add(new Rejection(folder.toString(), "cannot list folder (" + e.getMessage() + ")"));
      return;
    }
    try (Stream<Path> paths = Files.walk(real)) {
      paths
          .filter(Files::isRegularFile)
          .filter(p -> isPage(p.getFileName().toString()))
          .map(p -> folder.resolve(real.relativize(p)))
          .sorted()
          .forEach(p -> found.putIfAbsent(p, PageHints.none()));
    } catch (IOException e) {
      problems.add(new Rejection(folder.toString(), "cannot list folder (" + e.getMessage() + ")"));
    }
  }

  private void manifest(Path file, Map<Path, PageHints> found) {
    try {
      Manifest manifest = Manifest.read(file);
      manifest.problems().forEach(p -> problems.add(new Rejection(file.toString(), p)));
      manifest
          .pages()
          .forEach(
              (path, hints) -> {
                if (Files.isRegularFile(path)) {
                  found.put(path, hints);
                } else {
                  problems.add(
                      new Rejection(path.toString(), "listed in " + file + " but not found"));
                }
              });
    } catch (IOException e) {
      problems.add(new Rejection(file.toString(), "cannot read manifest (" + e.getMessage() + ")"));
    }
  }

  private PageHints hints(Path path, PageHints listed) {
    return listed
        .orElse(sideFile(path))
        .orElse(new PageHints(paper, null, null))
        .orElse(layouts.hints(path));
  }

  /** {@code NAME.meta.json} beside {@code NAME.txt}: {"paper": …, "date": …, "page": …}. */
  private PageHints sideFile(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    Path meta = path.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + ".meta.json");
    if (!Files.isRegularFile(meta)) {
      return PageHints.none();
    }
    try {
      JsonNode node = json.mapper().readTree(Files.readString(meta, StandardCharsets.UTF_8));
      return new PageHints(
          node.hasNonNull("paper") ? node.get("paper").asText() : null,
          node.hasNonNull("date") ? LocalDate.parse(node.get("date").asText()) : null,
          node.hasNonNull("page") ? node.get("page").asInt() : null);
    } catch (IOException | RuntimeException e) {
      problems.add(
          new Rejection(meta.toString(), "cannot read page metadata (" + e.getMessage() + ")"));
      return PageHints.none();
    }
  }
}
