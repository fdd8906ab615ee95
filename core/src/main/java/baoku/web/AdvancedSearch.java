package baoku.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The advanced-search form as submitted: words all to occur, a phrase, words to exclude, words of
 * the headline (篇名), and the filters the archive indexes (paper, 作者, 版次, genre, dates). It becomes
 * an ordinary search, written in the query language, so the results page shows the reader how to
 * ask the same again.
 */
public record AdvancedSearch(
    String all, String phrase, String exclude, String title, Map<String, String> filters) {
  /** The filters passed on to the search as they are; the search checks them. */
  static final List<String> FILTERS = List.of("paper", "author", "page", "genre", "from", "to");

  public AdvancedSearch {
    filters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(filters));
  }

  static AdvancedSearch parse(Function<String, String> param) {
    Map<String, String> filters = new LinkedHashMap<>();
    for (String name : FILTERS) {
      String value = blankless(param.apply(name));
      if (value != null) {
        filters.put(name, value);
      }
    }
    return new AdvancedSearch(
        blankless(param.apply("all")),
        blankless(param.apply("phrase")),
        blankless(param.apply("exclude")),
        blankless(param.apply("title")),
        filters);
  }

  /** Nothing filled in: show the form. */
  public boolean isEmpty() {
    return all == null && phrase == null && exclude == null && title == null && filters.isEmpty();
  }

  /** The query: each word quoted (so no character is read as an operator), then the rest. */
  String query() {
    List<String> parts = new ArrayList<>();
    words(all).forEach(word -> parts.add(quoted(word)));
    if (phrase != null && !quoted(phrase).equals("\"\"")) {
      parts.add(quoted(phrase));
    }
    words(title).forEach(word -> parts.add("title:" + quoted(word)));
    words(exclude).forEach(word -> parts.add("NOT " + quoted(word)));
    return String.join(" ", parts);
  }

  /** The search's parameters: the query and the filters. */
  Map<String, String> searchParams() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("q", query());
    params.putAll(filters);
    return params;
  }

  private static List<String> words(String text) {
    if (text == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String word : text.split("[\\s　]+")) {
      if (!quoted(word).equals("\"\"")) {
        out.add(word);
      }
    }
    return out;
  }

  /** The text as one quoted phrase; quotes and backslashes in it are dropped. */
  private static String quoted(String text) {
    return "\"" + text.replace("\"", "").replace("\\", "").strip() + "\"";
  }

  private static String blankless(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
