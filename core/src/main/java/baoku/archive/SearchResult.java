package baoku.archive;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a search: how many articles match (always exact), the requested page of hits, and
 * per facet ({@code paper}, {@code year}, {@code month}, {@code page}, {@code author}, {@code
 * genre}, and the names) the counts over all matches, largest first. When {@code facetsEstimated},
 * the result set was too large to count and the counts are estimates from a sample of the matches.
 */
public record SearchResult(
    long totalHits,
    List<SearchHit> hits,
    Map<String, List<FacetCount>> facets,
    boolean facetsEstimated) {
  public SearchResult {
    hits = List.copyOf(hits);
    // Keeps the implementation's order of facets (paper, year, month, page, author, genre).
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }

  /** A result whose facet counts are exact. */
  public SearchResult(long totalHits, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
    this(totalHits, hits, facets, false);
  }
}
