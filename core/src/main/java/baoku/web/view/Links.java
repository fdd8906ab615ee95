package baoku.web.view;

import baoku.archive.ArticleId;
import baoku.archive.IssueId;
import baoku.archive.PageId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Map;
import java.util.StringJoiner;

/** The reader's addresses; permalinks follow the ids: {@code /PAPER/YYYY-MM-DD/PAGE/N}. */
public final class Links {
  private Links() {}

  public static String home() {
    return "/";
  }

  public static String paper(String paper) {
    return "/" + segment(paper);
  }

  public static String month(String paper, YearMonth month) {
    return paper(paper) + "?month=" + month;
  }

  public static String year(String paper, int year) {
    return paper(paper) + "?year=" + year;
  }

  public static String issue(IssueId id) {
    return paper(id.paper()) + "/" + id.date();
  }

  public static String page(PageId id) {
    return issue(id.issue()) + "/" + id.number();
  }

  /** The page image, thumbnail or PDF of a page that came as a PDF. */
  public static String scan(PageId id, baoku.archive.scans.ScanFile file) {
    return page(id)
        + switch (file) {
          case IMAGE -> "/image.png";
          case THUMBNAIL -> "/thumbnail.png";
          case PDF -> "/page.pdf";
        };
  }

  /** An article's zone on its page image. */
  public static String zone(ArticleId id) {
    return page(id.page()) + "#" + zoneId(id.ordinal());
  }

  public static String zoneId(int ordinal) {
    return "a" + ordinal;
  }

  public static String article(ArticleId id) {
    return page(id.page()) + "/" + id.ordinal();
  }

  /** The people list of one role (or all, {@code null}) in an order ({@code null}: most named). */
  public static String people(String role, String sort) {
    StringJoiner query = new StringJoiner("&", "/people?", "").setEmptyValue("/people");
    if (role != null) {
      query.add("role=" + queryValue(role));
    }
    if (sort != null && !sort.equals("articles")) {
      query.add("sort=" + queryValue(sort));
    }
    return query.toString();
  }

  /**
   * {@code path} (an article or a page) opened from a search: it carries the search's parameters,
   * to mark its words and to lead back to its results.
   */
  public static String fromSearch(String path, Map<String, String> searchParams) {
    return path + search(searchParams).substring("/search".length());
  }

  /** The word-frequency page of {@code q}, by year or by the months of {@code year}. */
  public static String trends(String q, Integer year) {
    return "/trends?q=" + queryValue(q) + (year == null ? "" : "&year=" + year);
  }

  public static String trendsApi(String q, Integer year) {
    return "/api/v1" + trends(q, year);
  }

  public static String person(String name) {
    return "/people/" + segment(name);
  }

  public static String apiArticle(ArticleId id) {
    return "/api/v1/articles" + article(id);
  }

  /** {@code /search} with the parameters given, in their order, empty values left out. */
  public static String search(Map<String, String> params) {
    StringJoiner query = new StringJoiner("&", "/search?", "").setEmptyValue("/search");
    params.forEach(
        (name, value) -> {
          if (value != null && !value.isEmpty()) {
            query.add(name + "=" + queryValue(value));
          }
        });
    return query.toString();
  }

  /** A path segment: a paper's name may hold any character but a slash. */
  public static String segment(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  public static String queryValue(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
