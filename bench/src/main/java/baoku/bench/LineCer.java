package baoku.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Character error rate of OCR against a page's known lines, matched by place: each line read goes
 * to the known line its box overlaps most, the lines read for one known line are joined left to
 * right, and the edits between the two count; lines read where no text is printed count whole. Text
 * is compared after NFKC (full- and half-width forms alike) with white space removed, so neither
 * engine is charged for the other's choice of comma.
 */
final class LineCer {
  /** A line and its box in pixels. */
  record Line(String text, double x, double y, double w, double h) {
    double overlap(Line o) {
      double dx = Math.min(x + w, o.x + o.w) - Math.max(x, o.x);
      double dy = Math.min(y + h, o.y + o.h) - Math.max(y, o.y);
      return dx > 0 && dy > 0 ? dx * dy : 0;
    }
  }

  /** Edits and known characters, summed over pages. */
  record Count(long edits, long characters) {
    Count plus(Count o) {
      return new Count(edits + o.edits, characters + o.characters);
    }

    double rate() {
      return characters == 0 ? 0 : (double) edits / characters;
    }
  }

  static Count count(List<Line> known, List<Line> read) {
    List<List<Line>> assigned = new ArrayList<>();
    known.forEach(k -> assigned.add(new ArrayList<>()));
    long edits = 0;
    for (Line r : read) {
      int best = -1;
      double most = 0;
      for (int i = 0; i < known.size(); i++) {
        double o = known.get(i).overlap(r);
        if (o > most) {
          most = o;
          best = i;
        }
      }
      if (best < 0) {
        edits += clean(r.text()).length();
      } else {
        assigned.get(best).add(r);
      }
    }
    long characters = 0;
    for (int i = 0; i < known.size(); i++) {
      String truth = clean(known.get(i).text());
      StringBuilder text = new StringBuilder();
      assigned.get(i).stream()
          .sorted(Comparator.comparingDouble(Line::x))
          .forEach(l -> text.append(clean(l.text())));
      edits += distance(truth, text.toString());
      characters += truth.length();
    }
    return new Count(edits, characters);
  }

  static String clean(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }

  /** Levenshtein distance over code points. */
  static int distance(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    int[] previous = new int[y.length + 1];
    int[] current = new int[y.length + 1];
    for (int j = 0; j <= y.length; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length; i++) {
      current[0] = i;
      for (int j = 1; j <= y.length; j++) {
        int cost = x[i - 1] == y[j - 1] ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[y.length];
  }
}
