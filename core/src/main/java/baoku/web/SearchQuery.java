package baoku.web;

import baoku.archive.ArticleFilter;
import baoku.archive.PaperNames;
import baoku.archive.SearchRequest;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A search as the reader and the API take it from request parameters: the CLI's query and filters
 * ({@code q, paper, from, to, page, author, genre, person, place, org, sort, offset, limit}) plus
 * {@code year} and {@code month}, the facets' own values, which narrow the date range. Every
 * parameter is checked here; a bad one is a {@link BadParameterException}.
 */
public record SearchQuery(
    String q,
    String paper,
    Integer year,
    YearMonth month,
    LocalDate from,
    LocalDate to,
    Integer page,
    String author,
    String genre,
    String person,
    String place,
    String org,
    SearchRequest.Order sort,
    int offset,
    int limit) {

  /** Longer queries are refused: they cost much and mean little. */
  public static final int MAX_QUERY_CHARS = 200;

  /** Longer filters are refused; the paper filter takes names as long as ingest does. */
  public static final int MAX_FILTER_CHARS = 100;

  public static final int MAX_LIMIT = 100;

  /** Deep pages cost a sort of every hit before them. */
  public static final int MAX_OFFSET = 10_000;

  public static final int DEFAULT_LIMIT = 10;

  /** The parameter names, in the order links write them. */
  public static final String[] PARAMETERS = {
    "q", "paper", "year", "month", "from", "to", "page", "author", "genre", "person", "place",
    "org", "sort", "offset", "limit"
  };

  public SearchQuery {
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadParameterException(
          "日期范围的止日 " + to + " 早于起日 " + from,
          "the range ends (" + to + ") before it starts (" + from + ")");
    }
  }

  /** Reads the parameters through {@code param}, which gives {@code null} for one not given. */
  public static SearchQuery parse(Function<String, String> param) {
    return new SearchQuery(
        text(param, "q", MAX_QUERY_CHARS),
        text(param, "paper", PaperNames.MAX_CHARS),
        number(param, "year", 1, 9999),
        yearMonth(param.apply("month")),
        date(param, "from"),
        date(param, "to"),
        number(param, "page", 1, 9999),
        text(param, "author", MAX_FILTER_CHARS),
        text(param, "genre", MAX_FILTER_CHARS),
        text(param, "person", MAX_FILTER_CHARS),
        text(param, "place", MAX_FILTER_CHARS),
        text(param, "org", MAX_FILTER_CHARS),
        order(param.apply("sort")),
        Optional.ofNullable(number(param, "offset", 0, MAX_OFFSET)).orElse(0),
        Optional.ofNullable(number(param, "limit", 1, MAX_LIMIT)).orElse(DEFAULT_LIMIT));
  }

  /** The parameters that differ from the defaults, in {@link #PARAMETERS} order. */
  public Map<String, String> params() {
    Map<String, String> out = new LinkedHashMap<>();
    put(out, "q", q);
    put(out, "paper", paper);
    put(out, "year", year);
    put(out, "month", month);
    put(out, "from", from);
    put(out, "to", to);
    put(out, "page", page);
    put(out, "author", author);
    put(out, "genre", genre);
    put(out, "person", person);
    put(out, "place", place);
    put(out, "org", org);
    put(out, "sort", sort == SearchRequest.Order.DATE ? "date" : null);
    put(out, "offset", offset == 0 ? null : offset);
    put(out, "limit", limit == DEFAULT_LIMIT ? null : limit);
    return out;
  }

  /** This search with one parameter set ({@code null} removes it); paging starts again. */
  public SearchQuery with(String name, String value) {
    Map<String, String> params = params();
    params.remove("offset");
    if (value == null) {
      params.remove(name);
    } else {
      params.put(name, value);
    }
    return parse(params::get);
  }

  public SearchQuery atOffset(int value) {
    Map<String, String> params = params();
    params.put("offset", String.valueOf(value));
    return parse(params::get);
  }

  /** No words and no filters: nothing asked yet. */
  public boolean isEmpty() {
    return params().keySet().stream().allMatch(name -> name.equals("sort") || name.equals("limit"));
  }

  public boolean hasFilters() {
    return paper != null
        || year != null
        || month != null
        || from != null
        || to != null
        || page != null
        || author != null
        || genre != null
        || person != null
        || place != null
        || org != null;
  }

  /** The request for the archive, or empty where year, month, from and to admit no day. */
  public Optional<SearchRequest> toRequest() {
    LocalDate start = latest(from, year == null ? null : LocalDate.of(year, 1, 1));
    start = latest(start, month == null ? null : month.atDay(1));
    LocalDate end = earliest(to, year == null ? null : LocalDate.of(year, 12, 31));
    end = earliest(end, month == null ? null : month.atEndOfMonth());
    if (start != null && end != null && start.isAfter(end)) {
      return Optional.empty();
    }
    ArticleFilter filter =
        new ArticleFilter(paper, start, end, page, author, genre).withNames(person, place, org);
    return Optional.of(new SearchRequest(q == null ? "" : q, filter, sort, offset, limit));
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }

  private static void put(Map<String, String> out, String name, Object value) {
    if (value != null) {
      out.put(name, value.toString());
    }
  }

  private static String text(Function<String, String> param, String name, int maxChars) {
    String value = param.apply(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    value = value.strip();
    if (value.codePointCount(0, value.length()) > maxChars) {
      throw BadParameterException.of(
          name, "超过 " + maxChars + " 个字", "is longer than " + maxChars + " characters");
    }
    return value;
  }

  private static Integer number(Function<String, String> param, String name, int min, int max) {
    String value = param.apply(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number < min || number > max) {
        throw BadParameterException.of(
            name,
            "须在 " + min + " 到 " + max + " 之间：" + value,
            "must be from " + min + " to " + max + ": " + value);
      }
      return number;
    } catch (NumberFormatException e) {
      throw BadParameterException.of(name, "不是数字：" + value, "is not a number: " + value, e);
    }
  }

  private static LocalDate date(Function<String, String> param, String name) {
    String value = param.apply(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeException e) {
      throw BadParameterException.of(
          name, "不是日期（YYYY-MM-DD）：" + value, "is not a date (YYYY-MM-DD): " + value, e);
    }
  }

  /** Reads a year; {@code null} or blank is no year. */
  public static Integer year(String value) {
    return number(name -> value, "year", 1, 9999);
  }

  /** Reads {@code YYYY-MM}; {@code null} or blank is no month. */
  public static YearMonth yearMonth(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return YearMonth.parse(value.strip());
    } catch (DateTimeException e) {
      throw BadParameterException.of(
          "month", "不是月份（YYYY-MM）：" + value, "is not a month (YYYY-MM): " + value, e);
    }
  }

  private static SearchRequest.Order order(String value) {
    if (value == null || value.isBlank()) {
      return SearchRequest.Order.RELEVANCE;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "relevance" -> SearchRequest.Order.RELEVANCE;
      case "date" -> SearchRequest.Order.DATE;
      default ->
          throw BadParameterException.of(
              "sort",
              "只能是 relevance（相关度）或 date（日期）：" + value,
              "must be relevance or date: " + value);
    };
  }
}
