package baoku.eval;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.page.PageJson;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The evaluator agrees with the reference scorer, {@code score-pages}, to the last bit. The numbers
 * below were printed by {@code score-pages gold pred --json} on the hand-made pages under {@code
 * baoku/eval/agreement/}, which exercise pairing ties, spurious and unpaired articles, white space
 * beyond ASCII, characters outside the BMP, captions left in a body, issue values of another type,
 * and predictions that are missing, broken or empty. {@code expected-score-pages.txt} is that
 * scorer's text output.
 */
class ScorePagesAgreementTest {
  private static final Map<String, Row> PYTHON =
      List.of(
              row("broken", "1/0", 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0),
              row("missing", "1/0", 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0),
              row(
                  "mixed",
                  "5/5",
                  0.7511961722488039,
                  0.4,
                  0.5,
                  0.5,
                  0.6666666666666666,
                  0.3333333333333333,
                  0.6,
                  0.5714285714285714,
                  1),
              row("perfect", "2/2", 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0),
              row("supplementary", "2/3", 0.7736842105263158, 0.0, 1.0, 0.5, 0.0, 1.0, 1.0, 0.0, 1),
              row("zero-pred", "2/0", 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0))
          .stream()
          .collect(Collectors.toMap(Row::name, Function.identity()));

  private static final Row PYTHON_TOTAL =
      row(
          "TOTAL",
          "",
          0.4208133971291866,
          0.2333333333333333,
          0.4166666666666667,
          0.3333333333333333,
          0.27777777777777773,
          0.7222222222222222,
          0.43333333333333335,
          0.42857142857142855,
          2);

  private Evaluation evaluation;

  @BeforeEach
  void scoreTheHandMadePages() throws Exception {
    PageJson json = new PageJson();
    List<GoldPage> gold = new GoldDirectory(json.mapper()).read(resource("gold"));
    evaluation =
        new SavedPredictions(json.mapper(), new PageScorer()).score(gold, resource("pred"));
  }

  @Test
  void scoresTheSamePagesInTheSameOrder() {
    assertThat(evaluation.pages())
        .extracting(PageEvaluation::name)
        .containsExactly("broken", "missing", "mixed", "perfect", "supplementary", "zero-pred");
  }

  @Test
  void everyPageMetricEqualsTheReferenceScorers() {
    for (PageEvaluation page : evaluation.pages()) {
      Row expected = PYTHON.get(page.name());
      PageScore s = page.score();
      assertThat(s.articles()).as("%s articles", page.name()).isEqualTo(expected.articles());
      assertThat(s.spurious()).as("%s spurious", page.name()).isEqualTo(expected.spurious());
      for (int k = 0; k < PageScore.METRICS.size(); k++) {
        String metric = PageScore.METRICS.get(k);
        assertThat(s.metric(metric))
            .as("%s %s", page.name(), metric)
            .isEqualTo(expected.metrics()[k]);
      }
    }
  }

  @Test
  void totalsAndScoreEqualTheReferenceScorers() {
    PageScore total = evaluation.total();
    for (int k = 0; k < PageScore.METRICS.size(); k++) {
      String metric = PageScore.METRICS.get(k);
      assertThat(total.metric(metric)).as("total %s", metric).isEqualTo(PYTHON_TOTAL.metrics()[k]);
    }
    assertThat(total.spurious()).isEqualTo(PYTHON_TOTAL.spurious());
    assertThat(EvaluationReport.fixed(evaluation.score(), 3)).isEqualTo("0.426");
  }

  @Test
  void printsTheReferenceScorersTextCharacterForCharacter() throws Exception {
    String python = Files.readString(resource("expected-score-pages.txt"));
    String java = new EvaluationReport(new PageJson().mapper()).referenceText(evaluation);
    assertThat(java).isEqualTo(python);
  }

  @Test
  void fullReportEndsWithTheScoreLine() {
    String report = new EvaluationReport(new PageJson().mapper()).text(evaluation);
    assertThat(report).contains("all fields (micro avg.)").endsWith("\nscore: 0.426\n");
  }

  private Path resource(String name) throws URISyntaxException {
    return Path.of(getClass().getResource("/baoku/eval/agreement/" + name).toURI());
  }

  private static Row row(String name, String articles, double... metricsThenSpurious) {
    double[] metrics = java.util.Arrays.copyOf(metricsThenSpurious, 8);
    return new Row(name, articles, metrics, (int) metricsThenSpurious[8]);
  }

  private record Row(String name, String articles, double[] metrics, int spurious) {}
}
