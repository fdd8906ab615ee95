package baoku.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Per-field precision and recall, in the manner of GROBID's end-to-end evaluation: each field's
 * items are counted in the gold (expected), in the prediction (predicted, spurious articles
 * included) and where a paired article agrees (correct). Texts are compared with white space
 * removed.
 */
final class FieldMetrics {
  private FieldMetrics() {}

  /** The article fields that hold one text, scored separately. */
  private static final List<String> SINGLE_TEXTS =
      List.of("kicker", "title", "subtitle", "column", "dateline");

  static List<FieldScore> count(PagePair page) {
    List<FieldScore> out = new ArrayList<>();
    out.add(articles(page));
    for (String field : SINGLE_TEXTS) {
      out.add(items(page, field, a -> single(printed(a, field))));
    }
    out.add(items(page, "authors", a -> PagePair.texts(a, "authors", null)));
    out.add(items(page, "paragraphs", a -> PagePair.texts(a, "paragraphs", null)));
    out.add(items(page, "subheads", a -> PagePair.texts(a, "subheads", null)));
    out.add(captions(page));
    out.add(items(page, "continued_on", a -> single(number(a, "continued_on"))));
    out.add(items(page, "continued_from", a -> single(number(a, "continued_from"))));
    out.add(pageNumber(page));
    out.addAll(issue(page));
    return out;
  }

  /** An article counts as found when its body is reproduced exactly: both its ends are right. */
  private static FieldScore articles(PagePair page) {
    int correct = 0;
    for (int i = 0; i < page.goldArticles.size(); i++) {
      if (page.partner(i) != null && page.goldBodies.get(i).equals(page.partnerBody(i))) {
        correct++;
      }
    }
    return new FieldScore(
        "articles", page.goldArticles.size(), page.predictedArticles.size(), correct);
  }

  private static FieldScore items(
      PagePair page, String field, Function<JsonNode, List<String>> itemsOf) {
    int expected = 0;
    int predicted = 0;
    int correct = 0;
    for (JsonNode p : page.predictedArticles) {
      predicted += itemsOf.apply(p).size();
    }
    for (int i = 0; i < page.goldArticles.size(); i++) {
      List<String> gold = itemsOf.apply(page.goldArticles.get(i));
      expected += gold.size();
      JsonNode partner = page.partner(i);
      if (partner != null) {
        correct += sharedCount(gold, itemsOf.apply(partner));
      }
    }
    return new FieldScore(field, expected, predicted, correct);
  }

  /** A caption is right when attached to the paired article and left out of every body. */
  private static FieldScore captions(PagePair page) {
    Function<JsonNode, List<String>> captionsOf = a -> PagePair.texts(a, "images", "caption");
    FieldScore counted = items(page, "captions", captionsOf);
    int correct = 0;
    for (int i = 0; i < page.goldArticles.size(); i++) {
      JsonNode partner = page.partner(i);
      if (partner != null) {
        List<String> kept = new ArrayList<>(captionsOf.apply(page.goldArticles.get(i)));
        kept.removeIf(page.allPredictedBodies::contains);
        correct += sharedCount(kept, captionsOf.apply(partner));
      }
    }
    return new FieldScore("captions", counted.expected(), counted.predicted(), correct);
  }

  private static FieldScore pageNumber(PagePair page) {
    String gold = number(page.gold, "page");
    String predicted = number(page.predicted, "page");
    return new FieldScore(
        "page",
        gold == null ? 0 : 1,
        predicted == null ? 0 : 1,
        gold != null && gold.equals(predicted) ? 1 : 0);
  }

  /** One row per issue field that the gold or the prediction names, {@code date_source} aside. */
  private static List<FieldScore> issue(PagePair page) {
    JsonNode gold = PythonValues.get(page.gold, "issue");
    JsonNode predicted = PythonValues.get(page.predicted, "issue");
    Set<String> keys = new LinkedHashSet<>();
    for (JsonNode issue : new JsonNode[] {gold, predicted}) {
      if (issue != null && issue.isObject()) {
        for (Iterator<String> it = issue.fieldNames(); it.hasNext(); ) {
          keys.add(it.next());
        }
      }
    }
    keys.remove("date_source");
    List<FieldScore> out = new ArrayList<>();
    for (String key : keys) {
      String g = scalar(PythonValues.get(gold, key));
      String p = scalar(PythonValues.get(predicted, key));
      out.add(
          new FieldScore(
              "issue." + key,
              g == null ? 0 : 1,
              p == null ? 0 : 1,
              g != null && g.equals(p) ? 1 : 0));
    }
    return out;
  }

  /**
   * A headline part as printed. A title the parser derived from the text stands where the page
   * prints none (gold: null), so it is neither a printed title nor a wrong one.
   */
  private static String printed(JsonNode article, String field) {
    JsonNode source = PythonValues.get(article, "title_source");
    boolean derived = source != null && "derived".equals(source.asText());
    return field.equals("title") && derived ? null : text(PythonValues.get(article, field));
  }

  private static String scalar(JsonNode v) {
    return PythonValues.isNone(v) ? null : emptyToNull(PythonValues.str(v).strip());
  }

  private static String number(JsonNode object, String field) {
    return scalar(PythonValues.get(object, field));
  }

  private static String text(JsonNode v) {
    return PythonValues.isNone(v) ? null : emptyToNull(ScoredText.squeeze(PythonValues.text(v)));
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static List<String> single(String value) {
    return value == null ? List.of() : List.of(value);
  }

  /** Size of the multiset intersection of two lists. */
  private static int sharedCount(List<String> a, List<String> b) {
    List<String> rest = new ArrayList<>(b);
    int shared = 0;
    for (String item : a) {
      if (rest.remove(item)) {
        shared++;
      }
    }
    return shared;
  }
}
