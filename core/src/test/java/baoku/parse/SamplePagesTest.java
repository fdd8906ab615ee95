package baoku.parse;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.eval.GoldDirectory;
import baoku.eval.GoldPage;
import baoku.eval.PageEvaluation;
import baoku.eval.PageScore;
import baoku.eval.PageScorer;
import baoku.eval.ScoredText;
import baoku.page.Page;
import baoku.page.PageJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser reproduces the gold of each Leshan Daily sample page (e-paper text), parsed with the
 * hints of its meta file: every article's body, headline parts, authors, paragraphs, captions and
 * jumps, and the issue fields. Every difference is reported, not only the first.
 */
@Tag("gold")
class SamplePagesTest {
  private static final PageJson JSON = new PageJson();
  private static final PageScorer SCORER = new PageScorer();

  static Stream<Arguments> samplePages() throws Exception {
    Path dir = Path.of(SamplePagesTest.class.getResource("/samples/leshan-daily").toURI());
    List<GoldPage> pages = new GoldDirectory(JSON.mapper()).read(dir);
    assertThat(pages).as("sample pages in %s", dir).isNotEmpty();
    return pages.stream().map(page -> Arguments.of(page.name(), page));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samplePages")
  void reproducesTheGold(String name, GoldPage sample) throws Exception {
    Page page =
        new PageParser()
            .parse(Files.readAllBytes(sample.text()), sample.name() + ".txt", sample.hints());
    JsonNode predicted = JSON.mapper().valueToTree(page);
    JsonNode gold = sample.gold();

    SoftAssertions softly = new SoftAssertions();
    compareIssue(softly, gold, predicted);
    compareArticles(softly, gold, predicted);
    PageEvaluation evaluation = SCORER.evaluate(sample.name(), gold, predicted, null);
    PageScore score = evaluation.score();
    for (String metric : PageScore.METRICS) {
      softly.assertThat(score.metric(metric)).as("score-pages %s", metric).isEqualTo(1.0);
    }
    softly.assertThat(score.spurious()).as("spurious articles").isZero();
    softly.assertAll();
  }

  private static void compareIssue(SoftAssertions softly, JsonNode gold, JsonNode predicted) {
    JsonNode goldIssue = gold.path("issue");
    JsonNode predictedIssue = predicted.path("issue");
    goldIssue
        .fieldNames()
        .forEachRemaining(
            key -> {
              if (!key.equals("date_source")) {
                softly
                    .assertThat(predictedIssue.path(key).asText(null))
                    .as("issue.%s", key)
                    .isEqualTo(goldIssue.get(key).asText(null));
              }
            });
    softly
        .assertThat(predicted.path("page").asText(null))
        .as("page")
        .isEqualTo(gold.path("page").asText(null));
  }

  private static void compareArticles(SoftAssertions softly, JsonNode gold, JsonNode predicted) {
    JsonNode goldArticles = gold.path("articles");
    JsonNode predictedArticles = predicted.path("articles");
    Map<Integer, Integer> pairs = SCORER.pairArticles(gold, predicted);
    softly
        .assertThat(predictedArticles.size())
        .as("number of articles (gold titles: %s)", titles(goldArticles))
        .isEqualTo(goldArticles.size());
    for (int i = 0; i < goldArticles.size(); i++) {
      JsonNode g = goldArticles.get(i);
      String label = "article " + (i + 1) + " 「" + label(g) + "」";
      Integer j = pairs.get(i);
      if (j == null) {
        softly.fail(label + ": no predicted article shares its text");
        continue;
      }
      JsonNode p = predictedArticles.get(j);
      softly.assertThat(body(p)).as(label + ": body").isEqualTo(body(g));
      for (String part : List.of("kicker", "title", "subtitle")) {
        softly
            .assertThat(printed(p, part))
            .as(label + ": " + part)
            .isEqualTo(squeezed(g.path(part)));
      }
      softly
          .assertThat(sorted(p.path("authors")))
          .as(label + ": authors")
          .isEqualTo(sorted(g.path("authors")));
      softly
          .assertThat(texts(p.path("paragraphs"), null))
          .as(label + ": paragraphs")
          .isEqualTo(texts(g.path("paragraphs"), null));
      softly
          .assertThat(texts(p.path("images"), "caption"))
          .as(label + ": captions")
          .isEqualTo(texts(g.path("images"), "caption"));
      for (String jump : List.of("continued_on", "continued_from")) {
        softly
            .assertThat(p.path(jump).asText(null))
            .as(label + ": " + jump)
            .isEqualTo(g.path(jump).asText(null));
      }
    }
  }

  private static String label(JsonNode article) {
    String title = article.path("title").asText(null);
    if (title != null) {
      return title;
    }
    String body = body(article);
    return body.substring(0, Math.min(16, body.length())) + "…";
  }

  private static List<String> titles(JsonNode articles) {
    List<String> out = new ArrayList<>();
    articles.forEach(a -> out.add(label(a)));
    return out;
  }

  private static String body(JsonNode article) {
    return String.join("", texts(article.path("paragraphs"), null));
  }

  /** A headline part as printed: a title the parser derived is no printed title (gold: null). */
  private static String printed(JsonNode article, String part) {
    boolean derived = article.path("title_source").asText("").equals("derived");
    return part.equals("title") && derived ? null : squeezed(article.path(part));
  }

  private static String squeezed(JsonNode v) {
    return v.isMissingNode() || v.isNull() ? null : ScoredText.squeeze(v.asText());
  }

  private static List<String> texts(JsonNode list, String field) {
    List<String> out = new ArrayList<>();
    list.forEach(x -> out.add(ScoredText.squeeze((field == null ? x : x.path(field)).asText(""))));
    return out;
  }

  private static List<String> sorted(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(x -> out.add(x.asText()));
    out.sort(null);
    return out;
  }
}
