package baoku.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A gold page and a predicted page as JSON, their articles paired by shared body bigrams. */
final class PagePair {
  final JsonNode gold;
  final JsonNode predicted;
  final List<JsonNode> goldArticles;
  final List<JsonNode> predictedArticles;
  final List<String> goldBodies;
  final List<String> predictedBodies;
  final Map<Integer, Integer> pairs;

  /** Every predicted body joined with nothing between, where captions must not appear. */
  final String allPredictedBodies;

  PagePair(JsonNode gold, JsonNode predicted) {
    this.gold = gold;
    this.predicted = predicted != null && predicted.isObject() ? predicted : null;
    goldArticles = PythonValues.elements(PythonValues.get(gold, "articles"));
    predictedArticles = PythonValues.elements(PythonValues.get(this.predicted, "articles"));
    goldBodies = goldArticles.stream().map(PagePair::body).toList();
    predictedBodies = predictedArticles.stream().map(PagePair::body).toList();
    pairs =
        ArticlePairing.pair(
            goldBodies.stream().map(Bigrams::of).toList(),
            predictedBodies.stream().map(Bigrams::of).toList());
    allPredictedBodies = String.join("", predictedBodies);
  }

  /** The predicted article paired with gold article {@code i}, or {@code null}. */
  JsonNode partner(int i) {
    Integer j = pairs.get(i);
    return j == null ? null : predictedArticles.get(j);
  }

  String partnerBody(int i) {
    Integer j = pairs.get(i);
    return j == null ? "" : predictedBodies.get(j);
  }

  /** The paragraphs joined, white space removed. */
  static String body(JsonNode article) {
    StringBuilder joined = new StringBuilder();
    for (JsonNode p : PythonValues.elements(PythonValues.get(article, "paragraphs"))) {
      joined.append(PythonValues.text(p));
    }
    return ScoredText.squeeze(joined.toString());
  }

  /** Kicker, title and subtitle joined, white space removed. */
  static String headline(JsonNode article) {
    StringBuilder joined = new StringBuilder();
    for (String part : List.of("kicker", "title", "subtitle")) {
      JsonNode v = PythonValues.get(article, part);
      if (PythonValues.truthy(v)) {
        joined.append(PythonValues.text(v));
      }
    }
    return ScoredText.squeeze(joined.toString());
  }

  /** Squeezed texts of one list field of an article, empty ones left out. */
  static List<String> texts(JsonNode article, String listField, String itemField) {
    List<String> out = new ArrayList<>();
    for (JsonNode item : PythonValues.elements(PythonValues.get(article, listField))) {
      String text =
          ScoredText.squeeze(
              PythonValues.text(itemField == null ? item : PythonValues.get(item, itemField)));
      if (!text.isEmpty()) {
        out.add(text);
      }
    }
    return out;
  }
}
