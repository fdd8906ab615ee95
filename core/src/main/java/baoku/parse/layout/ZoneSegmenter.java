package baoku.parse.layout;

import baoku.page.Image;
import baoku.parse.text.Line;
import baoku.parse.zone.CaptionParser;
import baoku.parse.zone.MastheadParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a page's lines into zones: masthead, headline parts, bylines, bodies and captions. A state
 * machine over the lines: what a line becomes depends on its own kind and on the state the lines
 * before it left, as a reader's eye moves down a column.
 */
public final class ZoneSegmenter {
  /** Median line width (ems) above which lines are paragraphs rather than column lines. */
  private static final double PARAGRAPH_LINES = 26;

  private final LineClassifier classifier;
  private final MastheadParser mastheads;
  private final CaptionParser captions;

  public ZoneSegmenter(
      LineClassifier classifier, MastheadParser mastheads, CaptionParser captions) {
    this.classifier = classifier;
    this.mastheads = mastheads;
    this.captions = captions;
  }

  public Segmentation segment(List<Line> lines) {
    List<ClassifiedLine> classified = lines.stream().map(classifier::classify).toList();
    int start = mastheadEnd(lines);
    List<String> masthead = lines.subList(0, start).stream().map(Line::text).toList();
    Layout layout = layoutOf(classified);
    ColumnWidths columns =
        layout == Layout.EPAPER
            ? ColumnWidths.none(classified.size())
            : ColumnWidths.estimate(classified);
    Run run = new Run(classified, layout, columns);
    for (int i = start; i < classified.size(); i++) {
      i = run.state.next(run, i);
    }
    return new Segmentation(masthead, layout, columns, run.finish());
  }

  /** The masthead is the run of masthead lines that opens the page: two at least, or a date. */
  private int mastheadEnd(List<Line> lines) {
    int end = 0;
    while (end < lines.size() && mastheads.isMastheadLine(lines.get(end).text())) {
      end++;
    }
    if (end == 1 && mastheads.parse(List.of(lines.get(0).text())).issue().date() == null) {
      return 0;
    }
    return end;
  }

  private static Layout layoutOf(List<ClassifiedLine> lines) {
    double[] prose =
        lines.stream()
            .filter(l -> l.kind() == LineKind.PROSE)
            .mapToDouble(ClassifiedLine::width)
            .toArray();
    Arrays.sort(prose);
    return prose.length > 0 && prose[prose.length / 2] > PARAGRAPH_LINES
        ? Layout.EPAPER
        : Layout.COLUMNS;
  }

  /** The states of the segmenter, each deciding what the next line is. */
  enum State {
    /** No zone is open: after the masthead, a byline, a jump or a closed article. */
    BETWEEN {
      @Override
      int next(Run run, int i) {
        ClassifiedLine line = run.lines.get(i);
        return switch (line.kind()) {
          case PROSE -> {
            if (run.headlineWithComma(i)) {
              yield run.startHeadline(i);
            }
            yield run.resumesDangling(i) ? run.appendToBody(i) : run.startBody(i);
          }
          case SHORT, MASTHEAD -> run.captionAt(i) ? i + 1 : run.startHeadline(i);
          default -> run.common(i);
        };
      }
    },
    /** Inside a headline block: short lines without a blank between belong together. */
    IN_HEADLINE {
      @Override
      int next(Run run, int i) {
        ClassifiedLine line = run.lines.get(i);
        return switch (line.kind()) {
          case PROSE -> {
            if (run.headlineWithComma(i)) {
              run.headline.add(line);
              yield i;
            }
            yield run.startBody(i);
          }
          case SHORT, MASTHEAD -> {
            if (run.captionAt(i)) {
              yield i + 1;
            }
            if (run.opensParagraph(i)) {
              yield run.startBody(i);
            }
            if (line.blankBefore() == 0) {
              run.headline.add(line);
              yield i;
            }
            yield run.startHeadline(i);
          }
          default -> run.common(i);
        };
      }
    },
    /** Inside running text. */
    IN_BODY {
      @Override
      int next(Run run, int i) {
        ClassifiedLine line = run.lines.get(i);
        return switch (line.kind()) {
          case PROSE -> {
            if (line.opensArticle() && !run.paragraphOpen()) {
              yield run.startBody(i);
            }
            if (!run.paragraphOpen() && run.headlineWithComma(i)) {
              yield run.startHeadline(i);
            }
            run.resumesDangling(i); // may switch to an earlier body broken off mid-sentence
            yield run.appendToBody(i);
          }
          case SHORT, MASTHEAD -> {
            if (run.captionAt(i)) {
              yield i + 1; // a credit below makes it a caption, even inside a sentence
            }
            if (run.continuesBody(i)) {
              yield run.appendToBody(i);
            }
            if (run.interruptsSentence(i)) {
              yield i;
            }
            yield run.startHeadline(i);
          }
          default -> run.common(i);
        };
      }
    };

    /** Handles line {@code i}; returns the index of the last line consumed. */
    abstract int next(Run run, int i);
  }

  /** One segmentation in progress: the blocks so far and the zone that is open. */
  private final class Run {
    final List<ClassifiedLine> lines;
    final Layout layout;
    final ColumnWidths columns;
    final List<BlockBuilder> blocks = new ArrayList<>();
    State state = State.BETWEEN;
    BlockBuilder body;
    List<ClassifiedLine> headline;
    Integer pendingFrom;

    Run(List<ClassifiedLine> lines, Layout layout, ColumnWidths columns) {
      this.lines = lines;
      this.layout = layout;
      this.columns = columns;
    }

    /** Jump lines, bylines and credits mean the same in every state. */
    int common(int i) {
      ClassifiedLine line = lines.get(i);
      switch (line.kind()) {
        case JUMP -> {
          if (line.jumpOn() != null) {
            BlockBuilder last = lastBody();
            if (last != null && last.continuedOn == null) {
              last.continuedOn = line.jumpOn();
            }
          } else {
            pendingFrom = line.jumpFrom();
          }
          closeZones();
        }
        case BYLINE -> {
          closeZones();
          blocks.add(new BlockBuilder(BlockKind.BYLINE, List.of(line)));
        }
        case CREDIT -> addImage(captions.image(null, captions.credit(line.text()).orElseThrow()));
        case CAPTION -> addImage(captions.captionLine(line.text()).orElseThrow());
        case EDITORIAL -> {
          closeZones();
          blocks.add(new BlockBuilder(BlockKind.OTHER, List.of(line)));
        }
        default -> throw new IllegalStateException("not a common line: " + line.kind());
      }
      return i;
    }

    int startBody(int i) {
      closeZones();
      body = new BlockBuilder(BlockKind.BODY, new ArrayList<>());
      body.continuedFrom = pendingFrom;
      pendingFrom = null;
      blocks.add(body);
      state = State.IN_BODY;
      return appendToBody(i);
    }

    int appendToBody(int i) {
      ClassifiedLine line = lines.get(i);
      body.lines.add(line);
      if (line.jumpFrom() != null && body.continuedFrom == null) {
        body.continuedFrom = line.jumpFrom();
      }
      if (line.jumpOn() != null) {
        body.continuedOn = line.jumpOn();
        closeZones();
      }
      return i;
    }

    int startHeadline(int i) {
      closeZones();
      headline = new ArrayList<>();
      headline.add(lines.get(i));
      blocks.add(new BlockBuilder(BlockKind.HEADLINE, headline));
      state = State.IN_HEADLINE;
      return i;
    }

    /**
     * A line set directly above a photo credit is the photo's caption. Inside running text the
     * caption stays with the body; the text goes on around it.
     */
    boolean captionAt(int i) {
      if (i + 1 >= lines.size()) {
        return false;
      }
      ClassifiedLine line = lines.get(i);
      ClassifiedLine next = lines.get(i + 1);
      if (next.kind() != LineKind.CREDIT || next.blankBefore() > 1 || line.width() > 40) {
        return false;
      }
      addImage(captions.image(line.text(), captions.credit(next.text()).orElseThrow()));
      return true;
    }

    private void addImage(Image image) {
      if (state == State.IN_BODY && body != null) {
        body.images.add(image);
      } else {
        closeZones();
        BlockBuilder caption = new BlockBuilder(BlockKind.CAPTION, List.of());
        caption.image = image;
        blocks.add(caption);
      }
    }

    boolean paragraphOpen() {
      if (body == null || body.lines.isEmpty()) {
        return false;
      }
      ClassifiedLine last = body.lines.get(body.lines.size() - 1);
      return !last.closes()
          && !(layout == Layout.EPAPER && LineClassifier.endsWithColon(last.text()));
    }

    /**
     * A line without punctuation inside running text continues it when the paragraph is open and
     * nothing separates them, or when it fills the column after a column break; in columns a line
     * nearly as wide as the column may also open a paragraph that the next line carries on.
     */
    boolean continuesBody(int i) {
      ClassifiedLine line = lines.get(i);
      if (layout == Layout.EPAPER) {
        return paragraphOpen() ? line.blankBefore() == 0 : cutAtColumnEdge(line, i);
      }
      double column = columns.at(i);
      if (line.width() > column + 2.5) {
        return false; // wider than the column: a headline across columns
      }
      if (i + 1 < lines.size()
          && lines.get(i + 1).opensArticle()
          && lines.get(i + 1).blankBefore() == 0) {
        return false; // set directly above a dateline: that article's headline
      }
      if (paragraphOpen()) {
        return line.blankBefore() == 0 || line.width() >= column - 1.5;
      }
      return opensParagraph(i);
    }

    /**
     * Where lines are paragraphs, a short line with a comma but no full stop, that heads a byline,
     * a dateline or another headline line, is a headline (稳住经济大盘，奋力冲刺全年目标).
     */
    boolean headlineWithComma(int i) {
      ClassifiedLine line = lines.get(i);
      if (layout != Layout.EPAPER
          || line.closes()
          || line.opensArticle()
          || line.width() > 28
          || line.text().indexOf('。') >= 0
          || line.text().indexOf('；') >= 0
          || i + 1 >= lines.size()) {
        return false;
      }
      ClassifiedLine next = lines.get(i + 1);
      return next.kind() == LineKind.BYLINE
          || next.opensArticle()
          || (next.kind() == LineKind.SHORT && next.width() <= 40);
    }

    /**
     * A short line that breaks into an unfinished sentence, which then carries on below it, is a
     * photo caption set into the column: it goes with the body and the body stays open.
     */
    boolean interruptsSentence(int i) {
      if (!paragraphOpen() || i + 1 >= lines.size()) {
        return false;
      }
      ClassifiedLine next = lines.get(i + 1);
      if (next.kind() != LineKind.PROSE || next.opensArticle() || next.indented()) {
        return false;
      }
      if (layout == Layout.COLUMNS && next.width() < columns.at(i + 1) - 1.5 && !next.closes()) {
        return false; // the next line opens a paragraph of its own
      }
      addImage(captions.image(lines.get(i).text(), null));
      return true;
    }

    /**
     * A column that begins in the middle of a sentence (a full-width line after a break, where no
     * paragraph is open) carries on the article that broke off mid-sentence before: text extraction
     * may have put other articles between the two halves.
     */
    boolean resumesDangling(int i) {
      if (layout == Layout.EPAPER || paragraphOpen()) {
        return false;
      }
      ClassifiedLine line = lines.get(i);
      if (line.blankBefore() == 0 || line.opensArticle() || line.indented()) {
        return false;
      }
      if (line.width() < columns.at(i) - 0.5) {
        return false;
      }
      for (int k = blocks.size() - 1; k >= 0; k--) {
        BlockBuilder b = blocks.get(k);
        if (b.kind == BlockKind.BODY && b != body && b.continuedOn == null && b.dangling()) {
          closeZones();
          body = b;
          state = State.IN_BODY;
          return true;
        }
      }
      return false;
    }

    /**
     * In columns, a line without punctuation opens a paragraph when it is as wide as the column
     * less the indent that extraction lost, and the lines below it run on, without a break, into
     * running text.
     */
    boolean opensParagraph(int i) {
      if (layout == Layout.EPAPER) {
        return false;
      }
      ClassifiedLine line = lines.get(i);
      double column = columns.at(i);
      if (line.width() < column - 3.0 || line.width() > column + 2.5) {
        return false;
      }
      for (int k = i + 1; k < lines.size() && k <= i + 3; k++) {
        ClassifiedLine next = lines.get(k);
        if (next.blankBefore() > 0 || next.opensArticle()) {
          return false;
        }
        if (next.kind() == LineKind.PROSE) {
          return true;
        }
        double width = columns.at(k);
        if (next.kind() != LineKind.SHORT
            || next.width() < width - 1.5
            || next.width() > width + 2.5) {
          return false;
        }
      }
      return false;
    }

    /**
     * Where lines are paragraphs, a paragraph cut at a column edge may leave a first piece without
     * a comma. An enumeration comma (、) inside it shows a sentence in progress, which a subhead is
     * not, when running text that opens no article follows.
     */
    private boolean cutAtColumnEdge(ClassifiedLine line, int i) {
      if (line.text().indexOf('、') < 0 || line.text().indexOf(' ') >= 0 || i + 1 >= lines.size()) {
        return false;
      }
      ClassifiedLine next = lines.get(i + 1);
      return next.kind() == LineKind.PROSE && !next.opensArticle();
    }

    private BlockBuilder lastBody() {
      for (int k = blocks.size() - 1; k >= 0; k--) {
        BlockBuilder b = blocks.get(k);
        if (b.kind == BlockKind.BODY) {
          return b;
        }
        if (b.kind != BlockKind.CAPTION) {
          return null;
        }
      }
      return null;
    }

    private void closeZones() {
      body = null;
      headline = null;
      state = State.BETWEEN;
    }

    List<Block> finish() {
      List<Block> out = new ArrayList<>();
      for (BlockBuilder b : blocks) {
        if (b.kind == BlockKind.CAPTION || !b.lines.isEmpty()) {
          out.add(new Block(b.kind, b.lines, b.image, b.images, b.continuedOn, b.continuedFrom));
        }
      }
      return out;
    }
  }

  /** A block while its lines are still being read. */
  private static final class BlockBuilder {
    final BlockKind kind;
    final List<ClassifiedLine> lines;
    final List<Image> images = new ArrayList<>();
    Image image;
    Integer continuedOn;
    Integer continuedFrom;

    BlockBuilder(BlockKind kind, List<ClassifiedLine> lines) {
      this.kind = kind;
      this.lines = lines;
    }

    /** A body whose last sentence is unfinished. */
    boolean dangling() {
      return !lines.isEmpty() && !lines.get(lines.size() - 1).closes();
    }
  }
}
