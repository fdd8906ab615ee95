package baoku.archive;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a search: how many articles match, the requested page of hits, and per facet
 * ({@code paper}, {@code year}, {@code month}, {@code page}, {@code author}, {@code genre}, and the
 * names) the counts over all matches, largest first. The hits are always ranked over every match.
 * When {@code totalEstimated}, the matches were too many to count one by one and {@code totalHits}
 * is an estimate from a sample of the archive; when {@code facetsEstimated}, the facet counts are
 * estimates from a sample of the matches.
 */
public record SearchResult(
    long totalHits,
    boolean totalEstimated,
    List<SearchHit> hits,
    Map<String, List<FacetCount>> facets,
    boolean facetsEstimated) {
  public SearchResult {
    hits = List.copyOf(hits);
    // Keeps the implementation's order of facets (paper, year, month, page, author, genre).
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }

  /** A result counted exactly, facets and all. */
  public SearchResult(long totalHits, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
    this(totalHits, false, hits, facets, false);
  }
}
