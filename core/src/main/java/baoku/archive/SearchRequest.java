package baoku.archive;

import java.util.Objects;

/**
 * A search over articles.
 *
 * @param query words, "quoted phrases", AND / OR / NOT, parentheses and field prefixes ({@code
 *     title:}, {@code author:}, {@code paper:}, {@code genre:}); several words must all occur. A
 *     blank query matches every article the filter admits.
 * @param offset how many hits to skip, for paging
 * @param limit how many hits to return at most
 */
public record SearchRequest(
    String query, ArticleFilter filter, Order order, int offset, int limit) {
  /** Best matches first, or newest first. */
  public enum Order {
    RELEVANCE,
    DATE
  }

  public SearchRequest {
    query = query == null ? "" : query;
    filter = Objects.requireNonNullElse(filter, ArticleFilter.all());
    order = Objects.requireNonNullElse(order, Order.RELEVANCE);
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, ArticleFilter.all(), Order.RELEVANCE, 0, 10);
  }
}
