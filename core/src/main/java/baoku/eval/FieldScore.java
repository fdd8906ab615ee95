package baoku.eval;

/**
 * Precision and recall of one field, counted over items: {@code expected} in the gold, {@code
 * predicted} by the parser, {@code correct} where both agree on a paired article.
 */
public record FieldScore(String field, int expected, int predicted, int correct) {

  public FieldScore plus(FieldScore other) {
    return new FieldScore(
        field, expected + other.expected, predicted + other.predicted, correct + other.correct);
  }

  /** Correct among predicted; 1 when nothing was expected nor predicted, 0 when only expected. */
  public double precision() {
    return predicted > 0 ? (double) correct / predicted : (expected == 0 ? 1.0 : 0.0);
  }

  /** Correct among expected; 1 when nothing was expected. */
  public double recall() {
    return expected > 0 ? (double) correct / expected : 1.0;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
}
