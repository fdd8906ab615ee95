package baoku.bench;

import baoku.page.Article;
import baoku.page.Image;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Lays generated articles out as raw page text in one of the two {@link Layout}s. */
final class PageRenderer {
  private static final String CLOSING = "，。、；：？！）》」』”’…%";

  private final RandomGenerator random;

  PageRenderer(RandomGenerator random) {
    this.random = random;
  }

  String render(Layout layout, List<String> masthead, List<Article> articles) {
    StringBuilder out = new StringBuilder();
    masthead.forEach(line -> out.append(line).append('\n'));
    out.append('\n');
    int width = 14 + random.nextInt(5);
    int columnHeight = 25 + random.nextInt(21);
    for (Article a : articles) {
      if (layout == Layout.EPAPER) {
        epaper(out, a);
      } else {
        columns(out, a, width, columnHeight);
      }
    }
    return out.toString();
  }

  private void epaper(StringBuilder out, Article a) {
    headline(out, a, true);
    byline(a).ifPresent(line -> out.append(line).append("\n\n"));
    if (a.paragraphs().isEmpty()) {
      captions(out, a);
    }
    int captionAfter = random.nextInt(Math.max(1, a.paragraphs().size()));
    for (int i = 0; i < a.paragraphs().size(); i++) {
      out.append(a.paragraphs().get(i)).append("\n\n");
      if (i == captionAfter) {
        captions(out, a); // e-paper text puts a photo's caption where the photo stands
      }
    }
    jump(out, a);
    out.append('\n');
  }

  private void columns(StringBuilder out, Article a, int width, int columnHeight) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : a.paragraphs()) {
      int[] cps = paragraph.codePoints().toArray();
      int start = 0;
      while (start < cps.length) {
        int end = Math.min(cps.length, start + width);
        // As typesetters do, closing punctuation never starts a line: it stays on the one before.
        while (end < cps.length && CLOSING.indexOf(cps[end]) >= 0) {
          end++;
        }
        lines.add(new String(cps, start, end - start));
        start = end;
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0 && i % columnHeight == 0) {
        out.append('\n'); // the column break
      }
      out.append(lines.get(i)).append('\n');
    }
    jump(out, a);
    headline(out, a, false);
    byline(a).ifPresent(line -> out.append(line).append('\n'));
    captions(out, a);
    out.append('\n');
  }

  private static void headline(StringBuilder out, Article a, boolean blankAfter) {
    for (String part : new String[] {a.column(), a.kicker(), a.title(), a.subtitle()}) {
      if (part != null) {
        out.append(part).append(blankAfter ? "\n\n" : "\n");
      }
    }
  }

  /** A ■ byline where the body's first paragraph does not name every author. */
  private static java.util.Optional<String> byline(Article a) {
    String first = a.paragraphs().isEmpty() ? "" : a.paragraphs().get(0);
    if (a.authors().isEmpty() || a.authors().stream().allMatch(first::contains)) {
      return java.util.Optional.empty();
    }
    boolean staff = a.authors().stream().anyMatch(name -> name.startsWith("本报"));
    return java.util.Optional.of("■ " + (staff ? "" : "记者 ") + String.join(" ", a.authors()));
  }

  private static void captions(StringBuilder out, Article a) {
    for (Image image : a.images()) {
      if (image.caption() != null) {
        out.append(image.caption()).append("\n\n");
      }
      if (image.credit() != null) {
        out.append(image.credit()).append("\n\n");
      }
    }
  }

  private static void jump(StringBuilder out, Article a) {
    if (a.continuedOn() != null) {
      out.append("（下转第").append(a.continuedOn()).append("版）\n\n");
    }
  }
}
