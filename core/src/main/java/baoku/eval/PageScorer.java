package baoku.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Map;

/**
 * Scores one predicted page against its gold page, both as parsed-page JSON. Neither page has to be
 * well formed: missing keys and odd values score as the reference scorer scores them.
 */
public final class PageScorer {

  /** Scores {@code predicted} (or an empty page, when {@code null}) against {@code gold}. */
  public PageEvaluation evaluate(String name, JsonNode gold, JsonNode predicted, String problem) {
    PagePair page =
        new PagePair(gold, predicted == null ? JsonNodeFactory.instance.objectNode() : predicted);
    return new PageEvaluation(
        name, ReferenceMetrics.score(page), FieldMetrics.count(page), problem);
  }

  /**
   * The pairing the scores rest on: gold article index to predicted article index, unpaired gold
   * articles absent. For tools and tests that compare paired articles field by field.
   */
  public Map<Integer, Integer> pairArticles(JsonNode gold, JsonNode predicted) {
    return Map.copyOf(new PagePair(gold, predicted).pairs);
  }
}
