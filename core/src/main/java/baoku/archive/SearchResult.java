package baoku.archive;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a search: how many articles match, the requested page of hits, and per facet
 * ({@code paper}, {@code year}, {@code month}, {@code page}, {@code author}, {@code genre}) the
 * counts over all matches, largest first.
 */
public record SearchResult(
    long totalHits, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
  public SearchResult {
    hits = List.copyOf(hits);
    // Keeps the implementation's order of facets (paper, year, month, page, author, genre).
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }
}
