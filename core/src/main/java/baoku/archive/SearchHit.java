package baoku.archive;

import java.time.LocalDate;
import java.util.List;

/**
 * One article found, with its snippets: the headline and passages of the body with each match
 * between {@code <mark>} and {@code </mark>}, the rest HTML-escaped.
 *
 * @param logicalId the id shared by all parts of the logical article this hit is part of (parts
 *     joined by a jump); the hit's own id where the article does not jump
 */
public record SearchHit(
    ArticleId id,
    float score,
    LocalDate date,
    String headline,
    String headlineSnippet,
    List<String> snippets,
    List<String> authors,
    String genre,
    String logicalId) {
  public SearchHit {
    snippets = List.copyOf(snippets);
    authors = List.copyOf(authors);
    logicalId = logicalId == null ? id.toString() : logicalId;
  }

  /** A hit that is its own logical article. */
  public SearchHit(
      ArticleId id,
      float score,
      LocalDate date,
      String headline,
      String headlineSnippet,
      List<String> snippets,
      List<String> authors,
      String genre) {
    this(id, score, date, headline, headlineSnippet, snippets, authors, genre, null);
  }
}
