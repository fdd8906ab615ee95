package baoku.ingest;

import baoku.parse.PageHints;
import baoku.resource.ResourceLoader;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a page's paper, date and number from where it lies, in the layouts archives use ({@code
 * PAPER/YYYY-MM-DD/NN.txt}, {@code PAPER/YYYY/MM/DD/NN.txt}, {@code YYYYMMDD-NN.txt}, …). The
 * layouts are the patterns of {@code baoku/ingest/path-layouts.txt}.
 */
public final class PathLayouts {
  private final List<Pattern> layouts;

  public PathLayouts(ResourceLoader resources) {
    this.layouts = resources.patterns("ingest/path-layouts.txt");
  }

  /**
   * What the path says; all fields {@code null} where no layout fits or the date is impossible, the
   * page number {@code null} where only the folders fit a layout.
   */
  public PageHints hints(Path file) {
    String path = file.toString().replace('\\', '/');
    for (Pattern layout : layouts) {
      Matcher match = layout.matcher(path);
      if (match.find()) {
        LocalDate date = date(match);
        if (date != null) {
          String page = layout.namedGroups().containsKey("page") ? match.group("page") : null;
          return new PageHints(
              match.group("paper"), date, page == null ? null : Integer.valueOf(page));
        }
      }
    }
    return PageHints.none();
  }

  private static LocalDate date(Matcher match) {
    try {
      return LocalDate.of(
          Integer.parseInt(match.group("y")),
          Integer.parseInt(match.group("m")),
          Integer.parseInt(match.group("d")));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
