package baoku.archive.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * Every hit of a search, a batch at a time: each batch starts after the last hit's sort values
 * (search_after), so the thousandth batch costs what the first does. The search's sort must end on
 * a field no two documents share.
 */
final class SearchAfterPager {
  /** Reads one hit's source. */
  interface HitReader {
    void read(ObjectNode source) throws IOException;
  }

  private final OpenSearchClient client;
  private final String index;

  SearchAfterPager(OpenSearchClient client, String index) {
    this.client = client;
    this.index = index;
  }

  /**
   * Runs {@code search} (its query, sort and source filter) in batches of {@code batch} and hands
   * every hit to {@code reader}, in the search's order.
   */
  void forEach(int batch, UnaryOperator<SearchRequest.Builder> search, HitReader reader)
      throws IOException {
    List<FieldValue> after = null;
    while (true) {
      List<FieldValue> from = after;
      SearchResponse<ObjectNode> response =
          client.search(
              s -> {
                search.apply(s.index(index).size(batch).trackTotalHits(t -> t.enabled(false)));
                if (from != null) {
                  s.searchAfter(from);
                }
                return s;
              },
              ObjectNode.class);
      List<Hit<ObjectNode>> hits = response.hits().hits();
      for (Hit<ObjectNode> hit : hits) {
        reader.read(hit.source());
        after = hit.sort();
      }
      if (hits.size() < batch) {
        return;
      }
    }
  }
}
