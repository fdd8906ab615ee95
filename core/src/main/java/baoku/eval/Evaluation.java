package baoku.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pages scored against their gold, and the totals over them. */
public record Evaluation(List<PageEvaluation> pages) {
  public Evaluation {
    pages = List.copyOf(pages);
  }

  /**
   * Each metric's mean over the pages, articles and spurious articles summed: the reference
   * scorer's TOTAL row. An evaluation of no pages has no total.
   */
  public PageScore total() {
    if (pages.isEmpty()) {
      throw new IllegalStateException("no pages were evaluated");
    }
    int gold = 0;
    int predicted = 0;
    int spurious = 0;
    double[] sums = new double[PageScore.METRICS.size()];
    for (PageEvaluation page : pages) {
      PageScore s = page.score();
      gold += s.goldArticles();
      predicted += s.predictedArticles();
      spurious += s.spurious();
      for (int k = 0; k < sums.length; k++) {
        sums[k] += s.metric(PageScore.METRICS.get(k));
      }
    }
    int n = pages.size();
    return new PageScore(
        gold,
        predicted,
        sums[0] / n,
        sums[1] / n,
        sums[2] / n,
        sums[3] / n,
        sums[4] / n,
        sums[5] / n,
        sums[6] / n,
        sums[7] / n,
        spurious);
  }

  /** The final figure: the mean of body_exact, headline, authors and captions of the total. */
  public double score() {
    return total().score();
  }

  /** Each field's counts summed over the pages, in the order fields first appear. */
  public List<FieldScore> fieldTotals() {
    Map<String, FieldScore> totals = new LinkedHashMap<>();
    for (PageEvaluation page : pages) {
      for (FieldScore f : page.fields()) {
        totals.merge(f.field(), f, FieldScore::plus);
      }
    }
    return new ArrayList<>(totals.values());
  }

  /** All fields' counts summed: GROBID's micro average. */
  public FieldScore microAverage() {
    FieldScore all = new FieldScore("all fields (micro avg.)", 0, 0, 0);
    for (FieldScore f : fieldTotals()) {
      all = all.plus(f);
    }
    return all;
  }

  /** The mean F1 over the fields that were expected or predicted: GROBID's macro average. */
  public double macroAverageF1() {
    return fieldTotals().stream()
        .filter(f -> f.expected() + f.predicted() > 0)
        .mapToDouble(FieldScore::f1)
        .average()
        .orElse(1.0);
  }
}
