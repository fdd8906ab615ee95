package baoku.eval;

import java.util.List;

/**
 * One page scored against its gold.
 *
 * @param name the page's name (NAME of NAME.gold.json)
 * @param score the reference scorer's metrics
 * @param fields per-field counts, in a fixed order
 * @param problem why no prediction could be scored (the parser refused or failed), or {@code null};
 *     such a page is scored as an empty prediction
 */
public record PageEvaluation(
    String name, PageScore score, List<FieldScore> fields, String problem) {
  public PageEvaluation {
    fields = List.copyOf(fields);
  }
}
