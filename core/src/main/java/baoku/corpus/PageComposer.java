package baoku.corpus;

import baoku.page.Article;
import baoku.page.Issue;
import baoku.page.OtherBlock;
import baoku.page.Page;
import baoku.parse.label.LineRole;
import baoku.parse.text.Widths;
import baoku.resource.ResourceLoader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Lays out the articles of one crawl page as a page of text in one of the {@link PageForm}s, with
 * what real pages carry besides articles: a masthead or running head, bylines, photo captions and
 * credits, jumps, notices and the editors' line. Each line keeps its role, so the page teaches a
 * line labeller and scores a parser.
 */
public final class PageComposer {
  private final ArticleSetter setter;
  private final PageFurniture furniture;

  public PageComposer(ResourceLoader loader) {
    this.setter = new ArticleSetter(loader);
    this.furniture = new PageFurniture(loader);
  }

  /**
   * One page from {@code articles} (those of one page of one issue, in order).
   *
   * @param names people to credit for photos and editing
   */
  public ComposedPage compose(
      String name,
      List<CrawlArticle> articles,
      PageForm form,
      RandomGenerator random,
      List<String> names) {
    CrawlArticle first = articles.get(0);
    LocalDate date = first.date();
    int page = first.page();
    // A clipping: one or two articles as copied on their own, nothing of the page around them.
    boolean clip = random.nextDouble() < 0.15;
    if (clip) {
      articles = articles.subList(0, Math.min(articles.size(), 1 + random.nextInt(2)));
    }
    Lines out = new Lines(form, random);
    if (clip) {
      // no masthead, running head, notice or editors
    } else if (page == 1) {
      printMasthead(out, date, random);
    } else if (random.nextDouble() < 0.7) {
      out.line(furniture.runningHead(date, page, random), LineRole.RUNNING_HEAD);
      out.blank(1);
    }
    List<Article> gold = new ArrayList<>();
    Set<Integer> unknown = new HashSet<>();
    List<OtherBlock> others = new ArrayList<>();
    int width = 11 + random.nextInt(12);
    boolean noticePrinted = false;
    for (CrawlArticle article : articles) {
      int index = gold.size();
      SetArticle set = setter.set(article, page, gold.isEmpty(), random, names);
      gold.add(set.gold());
      if (!set.authorsKnown()) {
        unknown.add(index);
      }
      out.article(set, width);
      if (!clip && !noticePrinted && random.nextDouble() < 0.08) {
        List<String> notice = furniture.notice(random);
        for (String line : notice) {
          out.line(line, LineRole.AD);
        }
        out.blank(1);
        others.add(new OtherBlock("advertisement", String.join(" ", notice)));
        noticePrinted = true;
      }
    }
    if (!clip && random.nextDouble() < 0.6) {
      out.line(furniture.editorLine(names, random), LineRole.EDITOR);
    }
    Page goldPage =
        new Page(
            name + ".txt",
            Issue.empty().withPaper(PageFurniture.PAPER).withDate(date),
            page,
            null,
            others,
            gold,
            List.of());
    return new ComposedPage(
        name, form, out.lines, goldPage, unknown, charset(random), lineEnd(random));
  }

  private void printMasthead(Lines out, LocalDate date, RandomGenerator random) {
    int pages = PageFurniture.pageCount(random);
    for (String template : furniture.mastheadTemplates()) {
      if (random.nextDouble() < 0.2) {
        continue;
      }
      out.line(PageFurniture.fill(template, date, 1, pages, random), LineRole.MASTHEAD);
      out.blank(random.nextInt(2));
    }
    out.blank(1);
  }

  private static Charset charset(RandomGenerator random) {
    double r = random.nextDouble();
    if (r < 0.15) {
      return Charset.forName("GB18030");
    }
    return r < 0.2 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8;
  }

  private static String lineEnd(RandomGenerator random) {
    return random.nextDouble() < 0.2 ? "\r\n" : "\n";
  }

  /** The page's lines as they are laid down, in the order of the page's form. */
  private static final class Lines {
    final List<PrintedLine> lines = new ArrayList<>();
    final PageForm form;
    final RandomGenerator random;

    /** How this page's column text marks a paragraph: an indent, a blank line, both, or neither. */
    final String indent;

    final boolean blankBetween;

    /** How often an e-paper copy breaks a paragraph in two. */
    final double brokenParagraphs;

    /** How often a column break leaves a blank line. */
    final double columnBreaks;

    /** How often a justified line comes back with a space between every character. */
    final double spacedOut;

    /** The width at which headlines wrap, or 0 where they keep a line of their own. */
    final int headlineMeasure;

    Lines(PageForm form, RandomGenerator random) {
      this.form = form;
      this.random = random;
      double r = random.nextDouble();
      boolean typeset = form == PageForm.PDF_TEXT;
      this.indent = typeset ? "" : r < 0.45 ? "　　" : r < 0.6 ? " " : r < 0.7 ? "  " : "";
      this.blankBetween =
          !typeset
              && (form == PageForm.EPAPER ? random.nextDouble() < 0.75 : random.nextDouble() < 0.4);
      this.brokenParagraphs = random.nextDouble() < 0.3 ? 0.08 : 0;
      this.columnBreaks = typeset ? 0 : random.nextDouble();
      this.spacedOut = typeset ? 0.03 + 0.05 * random.nextDouble() : 0;
      this.headlineMeasure = typeset ? 6 + random.nextInt(14) : 0;
    }

    void line(String text, LineRole role) {
      lines.add(new PrintedLine(text, role));
    }

    void blank(int count) {
      if (form == PageForm.PDF_TEXT) {
        return; // pdftotext sets a typeset page's lines one after another
      }
      for (int i = 0; i < count; i++) {
        lines.add(PrintedLine.blank());
      }
    }

    void article(SetArticle set, int width) {
      boolean after =
          form == PageForm.COLUMNS_HEADLINE_AFTER
              || (form == PageForm.EPAPER && set.headlineAfter());
      // Where a caption lands when text is drawn from a PDF: inside the text at a column break,
      // after the text, or astray after the headline.
      double placement = random.nextDouble();
      boolean captionInside = form != PageForm.EPAPER && placement < 0.5;
      boolean captionAstray = form != PageForm.EPAPER && after && placement > 0.8;
      if (!after) {
        headline(set);
      }
      if (form == PageForm.EPAPER) {
        epaperText(set);
      } else {
        columnText(set, width, captionInside, !captionInside && !captionAstray);
      }
      if (after) {
        blank(form == PageForm.EPAPER ? 1 : random.nextInt(2));
        headline(set);
      }
      if (captionAstray && set.caption() != null) {
        caption(set);
      }
      blank(1 + random.nextInt(2));
    }

    private void headline(SetArticle set) {
      for (PrintedLine line : set.headline()) {
        String text = line.text();
        if (headlineMeasure > 0) {
          for (String part : wrap(text, headlineMeasure)) {
            line(part, line.role());
          }
        } else if (form != PageForm.EPAPER && Widths.of(text) > 16 && random.nextDouble() < 0.4) {
          int cut = text.indexOf(' ') > 0 ? text.indexOf(' ') : text.length() / 2;
          line(text.substring(0, cut).strip(), line.role());
          line(text.substring(cut).strip(), line.role());
        } else {
          line(text, line.role());
        }
      }
      if (set.byline() != null) {
        if (form == PageForm.EPAPER && random.nextBoolean()) {
          blank(1);
        }
        line(set.byline(), LineRole.BYLINE);
      }
      blank(form == PageForm.EPAPER ? 1 : random.nextInt(2));
    }

    private void epaperText(SetArticle set) {
      String indent = this.indent.isEmpty() ? "" : "　　";
      List<String> paragraphs = set.paragraphs();
      for (int i = 0; i < paragraphs.size(); i++) {
        LineRole role =
            set.subheads().get(i)
                ? LineRole.SUBHEAD
                : i == 0 ? LineRole.TEXT_START : LineRole.PARAGRAPH_START;
        String text = (role == LineRole.SUBHEAD ? "" : indent) + paragraphs.get(i);
        if (i == paragraphs.size() - 1 && set.jump() != null && set.jumpInline()) {
          text = text + set.jump();
        }
        if (role != LineRole.SUBHEAD
            && text.length() > 30
            && random.nextDouble() < brokenParagraphs) {
          int cut = text.length() / 3 + random.nextInt(text.length() / 2);
          line(text.substring(0, cut), role);
          line(text.substring(cut), LineRole.TEXT);
        } else {
          line(text, role);
        }
        if (blankBetween) {
          blank(1);
        }
      }
      if (set.jump() != null && !set.jumpInline()) {
        line(set.jump(), LineRole.JUMP);
      }
      if (set.caption() != null) {
        blank(1);
        line(set.caption(), LineRole.CAPTION);
        if (set.credit() != null) {
          line(set.credit(), LineRole.CREDIT);
        }
      }
    }

    /** Text cut at the column edge; a column ends every {@code height} lines, often on a blank. */
    private void columnText(
        SetArticle set, int width, boolean captionInside, boolean captionAfter) {
      int height = 18 + random.nextInt(25);
      boolean captionPlaced = set.caption() == null || !(captionInside || captionAfter);
      int inColumn = 0;
      List<String> paragraphs = set.paragraphs();
      for (int i = 0; i < paragraphs.size(); i++) {
        boolean subhead = set.subheads().get(i);
        String paragraph = paragraphs.get(i);
        if (i == paragraphs.size() - 1 && set.jump() != null && set.jumpInline()) {
          paragraph = paragraph + set.jump();
        }
        // The first line is set after a two-em indent, which text extraction often drops.
        List<String> cut = wrap(paragraph, width, subhead ? 0 : 2);
        if (i > 0 && (blankBetween || subhead) && inColumn > 0) {
          blank(1);
        }
        for (int j = 0; j < cut.size(); j++) {
          LineRole role =
              subhead
                  ? LineRole.SUBHEAD
                  : j > 0 ? LineRole.TEXT : i == 0 ? LineRole.TEXT_START : LineRole.PARAGRAPH_START;
          String text = cut.get(j);
          if (random.nextDouble() < spacedOut && j < cut.size() - 1) {
            text = String.join(" ", text.split(""));
          }
          line(j == 0 && !subhead ? indent + text : text, role);
          if (++inColumn >= height) {
            inColumn = 0;
            if (!captionPlaced && captionInside) {
              caption(set);
              captionPlaced = true;
            } else if (random.nextDouble() < columnBreaks) {
              blank(1);
            }
          }
        }
      }
      if (set.jump() != null && !set.jumpInline()) {
        line(set.jump(), LineRole.JUMP);
      }
      if (!captionPlaced) {
        caption(set);
      }
    }

    private void caption(SetArticle set) {
      blank(random.nextInt(2));
      for (String part : wrap(set.caption(), 14 + random.nextInt(16))) {
        line(part, LineRole.CAPTION);
      }
      if (set.credit() != null) {
        line(set.credit(), LineRole.CREDIT);
      }
      blank(random.nextInt(2));
    }
  }

  /**
   * Cuts {@code text} into lines of at most {@code width} ems; a closing mark that would open a
   * line stays at the end of the line before, as typesetters keep it.
   */
  static List<String> wrap(String text, int width) {
    return wrap(text, width, 0);
  }

  /** As {@link #wrap(String, int)}, the first line {@code indent} ems narrower. */
  static List<String> wrap(String text, int width, int indent) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    double used = indent;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      double w = Widths.of(String.valueOf(c));
      if (used + w > width && !line.isEmpty() && "，。、；：？！”’）》」』".indexOf(c) < 0) {
        out.add(line.toString());
        line.setLength(0);
        used = 0;
      }
      line.append(c);
      used += w;
    }
    if (!line.isEmpty()) {
      out.add(line.toString());
    }
    return out;
  }
}
