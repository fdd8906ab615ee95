package baoku.web.view;

import baoku.archive.analysis.GenreNames;
import baoku.resource.ResourceLoader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How the reader says dates, genres and facet names in Chinese. */
final class Words {
  private Words() {}

  private static final String[] WEEKDAYS = {"一", "二", "三", "四", "五", "六", "日"};

  /** Read once: the names are fixed for the life of the reader. */
  private static final GenreNames GENRES = GenreNames.load(new ResourceLoader());

  private static final Map<String, String> ROLES = codeNames(new ResourceLoader(), "web/roles.txt");

  private static final Map<String, String> FACETS =
      Map.of(
          "paper", "报纸",
          "year", "年份",
          "month", "月份",
          "page", "版次",
          "author", "作者",
          "genre", "体裁",
          "person", "人物",
          "place", "地点",
          "org", "机构");

  static String date(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  static String month(YearMonth month) {
    return month.getYear() + "年" + month.getMonthValue() + "月";
  }

  static String weekday(DayOfWeek day) {
    return "星期" + WEEKDAYS[day.getValue() - 1];
  }

  static String genre(String genre) {
    return GENRES.name(genre);
  }

  /** Every genre's name, in the order of the list, for the search help. */
  static java.util.Collection<String> genreNames() {
    return GENRES.names().values();
  }

  /** A person's role as a reader reads it: 官员, 记者, 其他; nothing where none is known. */
  static String role(String role) {
    return role == null ? "" : ROLES.getOrDefault(role, role);
  }

  private static Map<String, String> codeNames(ResourceLoader resources, String name) {
    Map<String, String> names = new java.util.LinkedHashMap<>();
    for (String entry : resources.entries(name)) {
      int eq = entry.indexOf('=');
      names.put(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip());
    }
    return Map.copyOf(names);
  }

  static String facet(String name) {
    return FACETS.getOrDefault(name, name);
  }

  /** A facet value as a reader reads it: 2022年, 2022年7月, 第1版, 消息. */
  static String facetValue(String facet, String value) {
    return switch (facet) {
      case "year" -> value + "年";
      case "month" -> {
        try {
          yield month(YearMonth.parse(value));
        } catch (java.time.DateTimeException e) {
          yield value;
        }
      }
      case "page" -> "第" + value + "版";
      case "genre" -> genre(value);
      default -> value;
    };
  }

  /** 第2、3、4版. */
  static String pages(List<Integer> numbers) {
    return "第" + numbers.stream().map(String::valueOf).collect(Collectors.joining("、")) + "版";
  }

  static String page(int number) {
    return "第" + number + "版";
  }

  /** A title for an article that has none: no text at all. */
  static String title(String title) {
    return title == null || title.isBlank() ? "（无标题）" : title;
  }
}
