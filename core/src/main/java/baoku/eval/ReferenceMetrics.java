package baoku.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The page metrics of the reference scorer ({@code score-pages}), computed the same way step by
 * step, so that both print the same numbers for the same pages.
 */
final class ReferenceMetrics {
  private ReferenceMetrics() {}

  static PageScore score(PagePair page) {
    int n = page.goldArticles.size();
    double bodyF1 = 0;
    int bodyExact = 0;
    int headlines = 0;
    int headlinesRight = 0;
    int withAuthors = 0;
    int authorsRight = 0;
    int jumpsRight = 0;
    int captions = 0;
    int captionsRight = 0;
    int boundariesShared = 0;
    int goldBoundaries = 0;
    int predictedBoundaries = 0;
    for (int i = 0; i < n; i++) {
      JsonNode g = page.goldArticles.get(i);
      JsonNode p = page.partner(i);
      String goldBody = page.goldBodies.get(i);
      String predictedBody = page.partnerBody(i);
      bodyF1 += Bigrams.f1(goldBody, predictedBody);
      boolean exact = p != null && goldBody.equals(predictedBody);
      bodyExact += exact ? 1 : 0;
      if (PythonValues.truthy(PythonValues.get(g, "title"))) {
        headlines++;
        headlinesRight += PagePair.headline(g).equals(PagePair.headline(p)) ? 1 : 0;
      }
      if (g.isObject() && g.has("authors")) {
        withAuthors++;
        authorsRight += p != null && sameAuthors(g, p) ? 1 : 0;
      }
      boolean sameJump =
          PythonValues.equal(
              PythonValues.get(g, "continued_on"), PythonValues.get(p, "continued_on"));
      jumpsRight += p != null && sameJump ? 1 : 0;
      List<String> predictedCaptions = captionsOf(p);
      for (JsonNode image : PythonValues.elements(PythonValues.get(g, "images"))) {
        captions++;
        String caption = ScoredText.squeeze(PythonValues.text(PythonValues.get(image, "caption")));
        boolean attached = predictedCaptions.contains(caption);
        captionsRight += attached && !page.allPredictedBodies.contains(caption) ? 1 : 0;
      }
      if (exact) {
        Set<Integer> gb = boundaries(g);
        Set<Integer> pb = boundaries(p);
        goldBoundaries += gb.size();
        predictedBoundaries += pb.size();
        gb.retainAll(pb);
        boundariesShared += gb.size();
      }
    }
    int predicted = page.predictedArticles.size();
    return new PageScore(
        n,
        predicted,
        n == 0 ? 1.0 : bodyF1 / n,
        n == 0 ? 1.0 : (double) bodyExact / n,
        headlines == 0 ? 1.0 : (double) headlinesRight / headlines,
        withAuthors == 0 ? 1.0 : (double) authorsRight / withAuthors,
        goldBoundaries + predictedBoundaries == 0
            ? 0.0
            : (double) (2 * boundariesShared) / (goldBoundaries + predictedBoundaries),
        captions == 0 ? 1.0 : (double) captionsRight / captions,
        n == 0 ? 1.0 : (double) jumpsRight / n,
        issue(page),
        predicted - page.pairs.size());
  }

  private static boolean sameAuthors(JsonNode g, JsonNode p) {
    List<JsonNode> a = new ArrayList<>(PythonValues.elements(PythonValues.get(g, "authors")));
    List<JsonNode> b = new ArrayList<>(PythonValues.elements(PythonValues.get(p, "authors")));
    if (a.size() != b.size()) {
      return false;
    }
    // Equal as sorted lists means equal as multisets: match each gold author once.
    for (JsonNode author : a) {
      int k = indexOf(b, author);
      if (k < 0) {
        return false;
      }
      b.remove(k);
    }
    return true;
  }

  private static int indexOf(List<JsonNode> values, JsonNode wanted) {
    for (int k = 0; k < values.size(); k++) {
      if (PythonValues.equal(values.get(k), wanted)) {
        return k;
      }
    }
    return -1;
  }

  private static List<String> captionsOf(JsonNode article) {
    List<String> out = new ArrayList<>();
    for (JsonNode image : PythonValues.elements(PythonValues.get(article, "images"))) {
      out.add(ScoredText.squeeze(PythonValues.text(PythonValues.get(image, "caption"))));
    }
    return out;
  }

  /** The end offset of each paragraph in the squeezed body, in code points. */
  static Set<Integer> boundaries(JsonNode article) {
    Set<Integer> out = new HashSet<>();
    int position = 0;
    for (JsonNode para : PythonValues.elements(PythonValues.get(article, "paragraphs"))) {
      position += ScoredText.length(ScoredText.squeeze(PythonValues.text(para)));
      out.add(position);
    }
    return out;
  }

  private static double issue(PagePair page) {
    JsonNode goldIssue = PythonValues.get(page.gold, "issue");
    JsonNode predictedIssue = PythonValues.get(page.predicted, "issue");
    int fields = 0;
    int right = 0;
    if (goldIssue != null && goldIssue.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = goldIssue.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().equals("date_source")) {
          continue;
        }
        fields++;
        JsonNode predictedValue =
            PythonValues.truthy(predictedIssue)
                ? PythonValues.get(predictedIssue, e.getKey())
                : null;
        right += PythonValues.str(predictedValue).equals(PythonValues.str(e.getValue())) ? 1 : 0;
      }
    }
    return fields == 0 ? 1.0 : (double) right / fields;
  }
}
