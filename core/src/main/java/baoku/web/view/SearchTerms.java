package baoku.web.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words a search looked for in the text, to mark them where the reader opens a hit: quoted
 * phrases whole, bare words, and {@code title:} and {@code body:} values; not the operators, not
 * what the query excludes (NOT, -), not keyword fields (author:, paper:, genre:).
 */
final class SearchTerms {
  private SearchTerms() {}

  /** The terms of {@code query}, longest first, so that a longer term is marked before its part. */
  static List<String> of(String query) {
    Set<String> terms = new LinkedHashSet<>();
    if (query == null) {
      return List.of();
    }
    List<String> tokens = tokens(query);
    boolean negated = false;
    for (String token : tokens) {
      String upper = token.toUpperCase(Locale.ROOT);
      if (upper.equals("NOT") || token.equals("!")) {
        negated = true;
        continue;
      }
      if (upper.equals("AND") || upper.equals("OR") || token.equals("&&") || token.equals("||")) {
        continue;
      }
      boolean excluded = negated || token.startsWith("-") || token.startsWith("!");
      negated = false;
      String text = token.replaceFirst("^[+\\-!]", "");
      int colon = text.indexOf(':');
      if (colon > 0 && !text.startsWith("\"")) {
        String field = text.substring(0, colon);
        if (!field.equals("title") && !field.equals("body")) {
          continue;
        }
        text = text.substring(colon + 1);
      }
      text = text.replace("\"", "").strip();
      if (!excluded && !text.isEmpty()) {
        terms.add(text);
      }
    }
    List<String> out = new ArrayList<>(terms);
    out.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(out);
  }

  /** Whitespace- and parenthesis-separated tokens; a quoted phrase (with its prefix) is one. */
  private static List<String> tokens(String query) {
    List<String> out = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        token.append(c);
      } else if (!quoted && (Character.isWhitespace(c) || c == '(' || c == ')' || c == '　')) {
        flush(out, token);
      } else {
        token.append(c);
      }
    }
    flush(out, token);
    return out;
  }

  private static void flush(List<String> out, StringBuilder token) {
    if (!token.isEmpty()) {
      out.add(token.toString());
      token.setLength(0);
    }
  }

  /**
   * {@code html} with every term marked ({@code <mark class="term">}) in its text, never inside a
   * tag. Terms are matched as the page escapes them, ignoring the case of Latin letters.
   */
  static Html.Markup mark(Html.Markup html, List<String> terms) {
    if (terms.isEmpty()) {
      return html;
    }
    List<String> escaped = terms.stream().map(Html::escape).toList();
    String text = html.html();
    StringBuilder out = new StringBuilder(text.length() + 64);
    boolean inTag = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (inTag || c == '<') {
        inTag = c != '>';
        out.append(c);
        i++;
        continue;
      }
      String found = null;
      for (String term : escaped) {
        // An escaped term holds no '<', so a match never runs into a tag.
        if (text.regionMatches(true, i, term, 0, term.length())) {
          found = term;
          break;
        }
      }
      if (found == null) {
        out.append(c);
        i++;
      } else {
        out.append("<mark class=\"term\">").append(text, i, i + found.length()).append("</mark>");
        i += found.length();
      }
    }
    return new Html.Markup(out.toString());
  }

  /** Whether {@code text} holds any of the terms. */
  static boolean anyIn(String text, List<String> terms) {
    if (text == null) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return terms.stream().anyMatch(t -> lower.contains(t.toLowerCase(Locale.ROOT)));
  }
}
