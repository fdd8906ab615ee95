package baoku.web;

import baoku.archive.Archive;
import baoku.archive.ArticleFilter;
import baoku.archive.FacetCount;
import baoku.archive.IssueSummary;
import baoku.archive.PaperSummary;
import baoku.archive.SearchRequest;
import baoku.archive.SearchResult;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Counts a search's matches per paper and period from the archive's year and month facets: one
 * search per paper and span of years, never a walk over the articles. The articles held per period
 * come from the issue listings the reader already keeps.
 */
final class Trends {
  /** The archive counts the fifty largest values of a facet; a span of years fits in it. */
  static final int YEARS_PER_SEARCH = 50;

  private final Archive archive;

  Trends(Archive archive) {
    this.archive = archive;
  }

  Trend of(String q, Integer year, List<PaperSummary> papers, ArchiveSnapshots.Snapshot snapshot) {
    if (q == null || q.isBlank()) {
      throw BadParameterException.of("q", "必须给出");
    }
    String query = q.strip();
    if (query.codePointCount(0, query.length()) > SearchQuery.MAX_QUERY_CHARS) {
      throw BadParameterException.of("q", "超过 " + SearchQuery.MAX_QUERY_CHARS + " 个字");
    }
    boolean estimated = false;
    List<Trend.Series> series = new ArrayList<>();
    for (PaperSummary paper : papers) {
      LocalDate first = year == null ? paper.firstIssue() : LocalDate.of(year, 1, 1);
      LocalDate last = year == null ? paper.lastIssue() : LocalDate.of(year, 12, 31);
      if (first.isAfter(paper.lastIssue()) || last.isBefore(paper.firstIssue())) {
        continue;
      }
      Map<String, Long> matching = new HashMap<>();
      for (int from = first.getYear(); from <= last.getYear(); from += YEARS_PER_SEARCH) {
        int to = Math.min(last.getYear(), from + YEARS_PER_SEARCH - 1);
        ArticleFilter filter =
            new ArticleFilter(
                paper.paper(),
                LocalDate.of(from, 1, 1),
                LocalDate.of(to, 12, 31),
                null,
                null,
                null);
        SearchResult result =
            archive.search(new SearchRequest(query, filter, SearchRequest.Order.RELEVANCE, 0, 1));
        estimated |= result.facetsEstimated();
        for (FacetCount count :
            result.facets().getOrDefault(year == null ? "year" : "month", List.of())) {
          matching.merge(count.value(), count.count(), Long::sum);
        }
      }
      series.add(
          new Trend.Series(
              paper.paper(),
              points(snapshot.issues(paper.paper()).byDate(), first, last, year, matching)));
    }
    return new Trend(query, year, estimated, series);
  }

  /** Every period from {@code first} to {@code last}, with what matched and what is held. */
  private static List<Trend.Point> points(
      NavigableMap<LocalDate, IssueSummary> issues,
      LocalDate first,
      LocalDate last,
      Integer year,
      Map<String, Long> matching) {
    Map<String, Long> held = new HashMap<>();
    for (IssueSummary issue : issues.subMap(first, true, last, true).values()) {
      LocalDate date = issue.id().date();
      String period =
          year == null ? String.valueOf(date.getYear()) : YearMonth.from(date).toString();
      held.merge(period, (long) issue.articleCount(), Long::sum);
    }
    List<Trend.Point> out = new ArrayList<>();
    if (year == null) {
      for (int y = first.getYear(); y <= last.getYear(); y++) {
        String period = String.valueOf(y);
        out.add(
            Trend.Point.of(
                period, matching.getOrDefault(period, 0L), held.getOrDefault(period, 0L)));
      }
    } else {
      for (int m = 1; m <= 12; m++) {
        String period = YearMonth.of(year, m).toString();
        out.add(
            Trend.Point.of(
                period, matching.getOrDefault(period, 0L), held.getOrDefault(period, 0L)));
      }
    }
    return out;
  }
}
