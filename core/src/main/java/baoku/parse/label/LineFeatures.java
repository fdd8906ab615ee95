package baoku.parse.label;

import baoku.parse.text.Line;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The features of each line of a page, for the {@link LineLabeller}: the line's own shape (width
 * against the page's usual line, indent, blank lines around it, how it opens and ends, its
 * punctuation, its first and last characters), the cues of {@link LineCues}, where it stands on the
 * page, and the shape of the lines before and after it.
 */
public final class LineFeatures {
  private static final String CLOSERS = "”’」』）)】》\"'";
  private static final String SENTENCE_ENDS = "。！？!?…；";

  private final LineCues cues;

  public LineFeatures(LineCues cues) {
    this.cues = cues;
  }

  /** One array of features per line. */
  public List<String[]> of(List<Line> lines) {
    int n = lines.size();
    double usual = usualWidth(lines);
    String layout = (usual > 26 ? "L=wide" : "L=narrow") + "|" + style(lines);
    List<List<String>> shape = new ArrayList<>(n);
    List<List<String>> cue = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      shape.add(shape(lines, i, usual));
      List<String> c = new ArrayList<>(4);
      cues.describe(lines.get(i).text(), c);
      cue.add(c);
    }
    List<String[]> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Line line = lines.get(i);
      String text = line.text();
      List<String> f = new ArrayList<>(96);
      f.add("bias");
      f.add(layout);
      for (String s : shape.get(i)) {
        f.add(s);
        f.add(layout + "|" + s);
      }
      f.add("f1=" + text.charAt(0));
      f.add("f2=" + text.substring(0, Math.min(2, text.length())));
      f.add("l1=" + text.charAt(text.length() - 1));
      f.add("l2=" + text.substring(Math.max(0, text.length() - 2)));
      f.addAll(cue.get(i));
      f.add("pos=" + (i < 3 ? "top" + i : i >= n - 2 ? "end" + (n - 1 - i) : "q" + (5 * i / n)));
      for (String s : i > 0 ? shape.get(i - 1) : List.of("none")) {
        f.add("p:" + s);
      }
      for (String s : i + 1 < n ? shape.get(i + 1) : List.of("none")) {
        f.add("n:" + s);
      }
      if (i > 0) {
        cue.get(i - 1).forEach(s -> f.add("p:" + s));
      }
      if (i + 1 < n) {
        cue.get(i + 1).forEach(s -> f.add("n:" + s));
        f.add(
            "e|n="
                + end(text)
                + "|"
                + (lines.get(i + 1).indented() ? "ind" : "-")
                + "|"
                + Math.min(2, lines.get(i + 1).blankBefore()));
      }
      f.add(
          "e|b="
              + end(text)
              + "|"
              + Math.min(2, line.blankBefore())
              + "|"
              + (line.indented() ? "ind" : "-"));
      out.add(f.toArray(String[]::new));
    }
    return out;
  }

  /**
   * How the page marks its paragraphs, as a typesetter would describe it: with indents, with blank
   * lines, with both or with neither. It tells what an indent or a blank line means here.
   */
  private static String style(List<Line> lines) {
    int indented = 0;
    int blank = 0;
    for (Line line : lines) {
      indented += line.indented() ? 1 : 0;
      blank += line.blankBefore() > 0 ? 1 : 0;
    }
    int n = Math.max(1, lines.size());
    return (indented * 5 > n ? "I" : "-") + (blank * 5 > n ? "B" : "-");
  }

  private static String ratio(Line line, Line other) {
    return bucket(line.width() / Math.max(1, other.width()), 0.6, 0.85, 0.97, 1.04, 1.2, 1.6);
  }

  /** What the line looks like by itself, relative to the page's usual line width. */
  private static List<String> shape(List<Line> lines, int i, double usual) {
    Line line = lines.get(i);
    String text = line.text();
    int after = i + 1 < lines.size() ? lines.get(i + 1).blankBefore() : 3;
    List<String> f = new ArrayList<>(12);
    f.add("w=" + bucket(line.width(), 4, 8, 12, 16, 20, 26, 34, 48, 80));
    f.add("r=" + bucket(line.width() / usual, 0.3, 0.6, 0.85, 0.97, 1.04, 1.2, 1.6));
    // Against the lines beside it: where blocks of several measures share a page (a typeset page
    // read back), a headline or a block's last line stands out from its neighbours, not the page.
    f.add("rp=" + (i == 0 ? "top" : ratio(line, lines.get(i - 1))));
    f.add("rn=" + (i + 1 == lines.size() ? "end" : ratio(line, lines.get(i + 1))));
    f.add(line.indented() ? "ind" : "noind");
    f.add("b=" + Math.min(2, line.blankBefore()));
    f.add("a=" + Math.min(2, after));
    f.add("e=" + end(text));
    f.add("s=" + start(text));
    f.add("c，=" + Math.min(3, count(text, '，')));
    f.add("c。=" + Math.min(3, count(text, '。')));
    if (text.indexOf('、') >= 0) {
      f.add("has、");
    }
    if (text.indexOf('：') >= 0) {
      f.add("has：");
    }
    if (text.indexOf(' ') > 0) {
      f.add("hasSpace");
    }
    return f;
  }

  private static String end(String text) {
    int i = text.length() - 1;
    boolean closer = false;
    while (i > 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
      i--;
      closer = true;
    }
    char c = text.charAt(i);
    String kind;
    if (SENTENCE_ENDS.indexOf(c) >= 0) {
      kind = "stop";
    } else if (c == '，' || c == '、' || c == ',') {
      kind = "comma";
    } else if (c == '：' || c == ':') {
      kind = "colon";
    } else if (Character.isDigit(c)) {
      kind = "digit";
    } else if (Character.isLetter(c)) {
      kind = c < 0x2000 ? "latin" : "han";
    } else {
      kind = "other";
    }
    return closer ? kind + "+close" : kind;
  }

  private static String start(String text) {
    char c = text.charAt(0);
    if ("“‘「『（(《【".indexOf(c) >= 0) {
      return "open" + c;
    }
    if ("■□●◆◇▲△★☆▼▽○◎▶►•·".indexOf(c) >= 0) {
      return "bullet";
    }
    if (c == '—' || c == '-') {
      return "dash";
    }
    if (Character.isDigit(c)) {
      return "digit";
    }
    if (Character.isLetter(c)) {
      return c < 0x2000 ? "latin" : "han";
    }
    return "other";
  }

  private static int count(String text, char c) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  private static String bucket(double value, double... bounds) {
    for (int i = 0; i < bounds.length; i++) {
      if (value < bounds[i]) {
        return Integer.toString(i);
      }
    }
    return Integer.toString(bounds.length);
  }

  /** The width most text lines share: the median of the lines wider than a short headline. */
  static double usualWidth(List<Line> lines) {
    double[] widths = lines.stream().mapToDouble(Line::width).filter(w -> w >= 8).toArray();
    if (widths.length == 0) {
      return 20;
    }
    Arrays.sort(widths);
    return Math.max(8, widths[widths.length / 2]);
  }
}
