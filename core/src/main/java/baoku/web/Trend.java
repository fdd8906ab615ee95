package baoku.web;

import java.util.List;

/**
 * How often the archive prints a word or phrase over time, per paper: for each year (or each month
 * of one year), the articles that match and all the articles held, from the index's own counts.
 *
 * @param q the search, in the query language
 * @param year the year whose months are counted, or {@code null} for every year
 * @param estimated whether a count was estimated from a sample (past 2,500 matches)
 */
public record Trend(String q, Integer year, boolean estimated, List<Series> series) {
  public Trend {
    series = List.copyOf(series);
  }

  /** One paper's counts, period by period, with no period of its run left out. */
  public record Series(String paper, List<Point> points) {
    public Series {
      points = List.copyOf(points);
    }

    public long matching() {
      return points.stream().mapToLong(Point::matching).sum();
    }
  }

  /**
   * One period: {@code YYYY} or {@code YYYY-MM}, the articles matching, all articles held then, and
   * the matching per thousand held (0 where none is held).
   */
  public record Point(String period, long matching, long articles, double perThousand) {
    static Point of(String period, long matching, long articles) {
      return new Point(
          period, matching, articles, articles == 0 ? 0 : 1000.0 * matching / articles);
    }
  }
}
