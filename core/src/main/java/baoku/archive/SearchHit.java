package baoku.archive;

import java.time.LocalDate;
import java.util.List;

/**
 * One article found, with its snippets: the headline and passages of the body with each match
 * between {@code <mark>} and {@code </mark>}, the rest HTML-escaped.
 */
public record SearchHit(
    ArticleId id,
    float score,
    LocalDate date,
    String headline,
    String headlineSnippet,
    List<String> snippets,
    List<String> authors,
    String genre) {
  public SearchHit {
    snippets = List.copyOf(snippets);
    authors = List.copyOf(authors);
  }
}
