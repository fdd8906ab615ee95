package baoku.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * How a typeset page is made up, decided before anything is set: a grid of columns, the lead
 * article across the top, the others in rows of blocks side by side, now and then a column of
 * briefs down one side, each block with its headline above, beside or (in the drawing order) after
 * its text, and its photo at the head of the text, inside it or set apart. The sizes are those of a
 * broadsheet; every choice varies from page to page.
 */
record PageMakeup(
    int columns,
    double columnMm,
    double gutterMm,
    double bodyPt,
    double leading,
    boolean sidebarFirst,
    List<Block> sidebar,
    List<List<Block>> rows) {

  /** Where a block's headline stands and in which order it is drawn. */
  enum HeadlinePlace {
    /** Above the text, drawn first. */
    ABOVE,
    /** Above the text, drawn after it: text extraction in drawing order finds it below. */
    ABOVE_DRAWN_AFTER,
    /** In a narrow box to the left of the text. */
    BESIDE,
    /** In a narrow box to the right of the text, drawn after it. */
    BESIDE_DRAWN_AFTER;

    boolean beside() {
      return this == BESIDE || this == BESIDE_DRAWN_AFTER;
    }
  }

  /** Where a block's photo stands. */
  enum PhotoPlace {
    /** Across the block, above its text. */
    HEAD,
    /** In one column, between two paragraphs. */
    INSIDE,
    /** Across the block, below its text. */
    FOOT
  }

  /**
   * One article's block.
   *
   * @param span grid columns the block spans
   * @param textColumns columns its text is set in
   * @param titlePt the title's type size
   * @param photoMm the photo's height
   * @param photoAt the paragraph before which an inside photo stands
   */
  record Block(
      SetArticle article,
      int span,
      int textColumns,
      double titlePt,
      HeadlinePlace headline,
      PhotoPlace photo,
      double photoMm,
      int photoAt) {}

  static final double PT_MM = 0.3528;

  /** The page width, margins included. */
  double widthMm() {
    return columns * columnMm + (columns - 1) * gutterMm + 20;
  }

  double spanMm(int span) {
    return span * columnMm + (span - 1) * gutterMm;
  }

  /**
   * Makes up a page of {@code articles}, in page order, the first the lead. Briefs, the shortest
   * articles, may go to a column of their own.
   */
  static PageMakeup of(List<SetArticle> articles, RandomGenerator random) {
    int columns = 5 + random.nextInt(4);
    double columnMm = 34 + random.nextInt(14);
    double bodyPt = 9 + 0.5 * random.nextInt(4);
    // Gutters of one to two ems, as papers set them: narrower ones run columns together.
    double gutter = bodyPt * PT_MM * (1.1 + 0.1 * random.nextInt(8));
    // Body type is set close, as papers set it; pdftotext reads looser leading a line a block.
    double leading = 1.2 + 0.05 * random.nextInt(4);
    List<SetArticle> rest = new ArrayList<>(articles.subList(1, articles.size()));
    List<SetArticle> briefs = new ArrayList<>();
    if (rest.size() >= 3 && random.nextDouble() < 0.35) {
      List<SetArticle> shortest =
          rest.stream().sorted(Comparator.comparingInt(PageMakeup::length)).toList();
      int count = 2 + random.nextInt(2);
      briefs.addAll(shortest.subList(0, Math.min(count, shortest.size() - 1)));
      rest.removeAll(briefs);
      briefs.sort(Comparator.comparingInt(articles::indexOf));
    }
    int mainSpan = briefs.isEmpty() ? columns : columns - 1;
    List<Block> sidebar = new ArrayList<>();
    for (SetArticle brief : briefs) {
      sidebar.add(block(brief, 1, 1, 13 + random.nextInt(4), random));
    }
    List<List<Block>> rows = new ArrayList<>();
    rows.add(List.of(block(articles.get(0), mainSpan, mainSpan, 22 + random.nextInt(12), random)));
    while (!rest.isEmpty()) {
      int most = Math.min(rest.size(), Math.max(1, mainSpan / 2));
      int count = 1 + random.nextInt(Math.min(3, most));
      List<SetArticle> row = new ArrayList<>(rest.subList(0, count));
      rest.subList(0, count).clear();
      rows.add(row(row, mainSpan, random));
    }
    return new PageMakeup(
        columns, columnMm, gutter, bodyPt, leading, random.nextBoolean(), sidebar, rows);
  }

  /** Blocks side by side sharing {@code span} columns, longer texts taking more. */
  private static List<Block> row(List<SetArticle> articles, int span, RandomGenerator random) {
    int total = articles.stream().mapToInt(PageMakeup::length).sum();
    List<Block> out = new ArrayList<>();
    int left = span;
    for (int i = 0; i < articles.size(); i++) {
      int still = articles.size() - i - 1;
      int share =
          i == articles.size() - 1
              ? left
              : (int) Math.round((double) span * length(articles.get(i)) / Math.max(1, total));
      share = Math.max(1, Math.min(left - still, share));
      left -= share;
      int textColumns = share >= 4 && random.nextDouble() < 0.3 ? share - 1 : share;
      out.add(block(articles.get(i), share, textColumns, 15 + random.nextInt(8), random));
    }
    return out;
  }

  private static Block block(
      SetArticle article, int span, int textColumns, double titlePt, RandomGenerator random) {
    double r = random.nextDouble();
    HeadlinePlace headline =
        span < 3
            ? (r < 0.25 ? HeadlinePlace.ABOVE_DRAWN_AFTER : HeadlinePlace.ABOVE)
            : r < 0.55
                ? HeadlinePlace.ABOVE
                : r < 0.8
                    ? HeadlinePlace.ABOVE_DRAWN_AFTER
                    : r < 0.9 ? HeadlinePlace.BESIDE : HeadlinePlace.BESIDE_DRAWN_AFTER;
    double p = random.nextDouble();
    PhotoPlace photo = p < 0.4 ? PhotoPlace.HEAD : p < 0.8 ? PhotoPlace.INSIDE : PhotoPlace.FOOT;
    int paragraphs = article.paragraphs().size();
    return new Block(
        article,
        span,
        textColumns,
        titlePt,
        headline,
        photo,
        25 + random.nextInt(40),
        1 + random.nextInt(Math.max(1, paragraphs)));
  }

  static int length(SetArticle article) {
    return article.paragraphs().stream().mapToInt(String::length).sum();
  }

  /** A generous estimate of the page's height, so that a page prints on one sheet. */
  double heightMm(boolean front) {
    double main = 0;
    for (List<Block> row : rows) {
      main += row.stream().mapToDouble(this::heightMm).max().orElse(0) + 6;
    }
    double side = sidebar.stream().mapToDouble(b -> heightMm(b) + 6).sum();
    return 30 + (front ? 50 : 12) + Math.max(main, side);
  }

  private double heightMm(Block block) {
    double width = spanMm(block.span());
    boolean beside = block.headline().beside();
    double headWidth = beside ? spanMm(1) : width;
    double head = 0;
    for (PrintedLine line : block.article().headline()) {
      double pt = line.role() == baoku.parse.label.LineRole.TITLE ? block.titlePt() : 11;
      head += lines(line.text().length(), headWidth, pt) * pt * PT_MM * 1.3 + 2;
    }
    if (block.article().byline() != null) {
      head += lines(block.article().byline().length(), headWidth, 9) * 9 * PT_MM * 1.5;
    }
    double textWidth = beside ? width - headWidth - gutterMm : width;
    int columns = beside ? Math.max(1, block.textColumns() - 1) : block.textColumns();
    double columnWidth = (textWidth - (columns - 1) * gutterMm) / columns;
    double lineMm = bodyPt * PT_MM * leading;
    double text = 0;
    for (String paragraph : block.article().paragraphs()) {
      text += lines(paragraph.length() + 2, columnWidth, bodyPt) * lineMm;
    }
    text += 2 * lineMm;
    double photo = 0;
    if (block.article().caption() != null) {
      double photoWidth = block.photo() == PhotoPlace.INSIDE ? columnWidth : textWidth;
      photo = block.photoMm() + 3 * lines(block.article().caption().length(), photoWidth, 8) + 8;
      if (block.photo() == PhotoPlace.INSIDE) {
        text += photo;
        photo = 0;
      }
    }
    double body = text / columns + 2 * lineMm + photo;
    return beside ? Math.max(head, body) : head + body + 4;
  }

  private static int lines(int chars, double widthMm, double pt) {
    int perLine = Math.max(1, (int) (widthMm / (pt * PT_MM)));
    return (chars + perLine - 1) / perLine;
  }
}
