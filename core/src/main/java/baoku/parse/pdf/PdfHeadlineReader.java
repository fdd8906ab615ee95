package baoku.parse.pdf;

import baoku.page.Region;
import baoku.parse.zone.Headline;
import baoku.parse.zone.HeadlineParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a headline from its type, as a typesetter sets one: the title (主题) in the largest type, a
 * kicker (引题) in smaller type above it, a subtitle (副题) in smaller type below, a column banner (栏目)
 * above all in a box or in parallel phrases. Where every line is in one size, a line opening with a
 * dash begins the subtitle.
 */
final class PdfHeadlineReader {
  /** A line of this many characters or fewer under another is the end of a wrapped line. */
  private static final int REMAINDER = 2;

  private final HeadlineParser headlines;

  PdfHeadlineReader(HeadlineParser headlines) {
    this.headlines = headlines;
  }

  /**
   * Reads headline {@code blocks} (in reading order); {@code boxes} are the page's filled boxes.
   */
  Headline read(List<TextBlock> blocks, List<Drawing> boxes) {
    List<TextBlock> parts = new ArrayList<>(blocks);
    String column = null;
    if (parts.size() >= 2
        && (framed(parts.get(0), boxes) || headlines.isColumnBanner(join(parts.get(0).lines())))) {
      column = join(parts.remove(0).lines());
    }
    int title = largest(parts);
    if (title < 0) {
      return sameSize(column, parts);
    }
    return new Headline(
        column,
        joinParts(parts.subList(0, title)),
        join(parts.get(title).lines()),
        joinParts(parts.subList(title + 1, parts.size())));
  }

  /** The index of the one part in the largest type, or -1 where no single part is largest. */
  private static int largest(List<TextBlock> parts) {
    int best = -1;
    boolean tie = false;
    for (int i = 0; i < parts.size(); i++) {
      if (best < 0 || parts.get(i).size() > parts.get(best).size() + 0.25) {
        best = i;
        tie = false;
      } else if (Math.abs(parts.get(i).size() - parts.get(best).size()) <= 0.25) {
        tie = true;
      }
    }
    return tie ? -1 : best;
  }

  private static Headline sameSize(String column, List<TextBlock> parts) {
    List<TextLine> lines = new ArrayList<>();
    parts.forEach(p -> lines.addAll(p.lines()));
    int dash = -1;
    for (int i = 1; i < lines.size() && dash < 0; i++) {
      if (lines.get(i).text().startsWith("—")) {
        dash = i;
      }
    }
    if (dash < 0) {
      return new Headline(column, null, emptyToNull(join(lines)), null);
    }
    return new Headline(
        column, null, join(lines.subList(0, dash)), join(lines.subList(dash, lines.size())));
  }

  /** Whether the block is printed on a filled box: a reversed banner. */
  static boolean framed(TextBlock block, List<Drawing> boxes) {
    Region b = block.box();
    for (Drawing d : boxes) {
      Region r = d.box();
      if (d.kind() == Drawing.Kind.BOX
          && r.x() <= b.x() + 1
          && r.right() >= b.right() - 1
          && r.y() <= b.y() + 2
          && r.bottom() >= b.bottom() - 2) {
        return true;
      }
    }
    return false;
  }

  private static String joinParts(List<TextBlock> parts) {
    List<String> texts = parts.stream().map(p -> join(p.lines())).toList();
    return emptyToNull(String.join(" ", texts));
  }

  /** Lines of one part joined by a space, a wrapped line's last character or two without one. */
  static String join(List<TextLine> lines) {
    StringBuilder out = new StringBuilder();
    for (TextLine line : lines) {
      if (!out.isEmpty() && line.text().length() > REMAINDER) {
        out.append(' ');
      }
      out.append(line.text());
    }
    return out.toString().strip();
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
