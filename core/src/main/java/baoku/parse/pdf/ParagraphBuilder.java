package baoku.parse.pdf;

import baoku.parse.zone.Body;
import baoku.parse.zone.Jump;
import baoku.parse.zone.JumpParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Joins an article's lines into paragraphs by where they stand in their column: a line indented
 * from the column's left edge opens a paragraph, and a line that stops short of the right edge
 * closes one. Jump marks (下转第2版) are taken out of the text and kept as the article's jumps.
 */
final class ParagraphBuilder {
  /** An indent at least this deep (ems) opens a paragraph; Chinese text indents two. */
  private static final double INDENT = 0.8;

  /** A line ending at least this far (ems) short of the column's edge ends its paragraph. */
  private static final double SHORT = 1.0;

  /** A centred line's margins differ by no more than this (ems). */
  private static final double CENTRED_SLACK = 0.75;

  /** Lines of the same column needed to tell where its edges are. */
  private static final int CENTRED_CONTEXT = 2;

  private static final String SENTENCE_ENDS = "。！？；：…”";

  /** A line this much wider than the text's usual line runs across columns. */
  private static final double ACROSS_COLUMNS = 1.5;

  /** Share of the narrower line two lines must share to stand in one column. */
  private static final double SAME_COLUMN = 0.5;

  private final JumpParser jumps;

  ParagraphBuilder(JumpParser jumps) {
    this.jumps = jumps;
  }

  /** The paragraphs of {@code lines}, and the pages the text jumps to and from. */
  record Result(Body body, Integer continuedOn, Integer continuedFrom) {}

  Result build(List<BodyLine> lines) {
    List<TextLine> text =
        measure(lines.stream().filter(l -> !l.subhead()).map(BodyLine::line).toList());
    List<String> paragraphs = new ArrayList<>();
    List<String> subheads = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    Integer on = null;
    Integer from = null;
    TextLine previous = null;
    for (BodyLine piece : lines) {
      TextLine line = piece.line();
      if (piece.subhead()) {
        flush(current, paragraphs);
        paragraphs.add(line.text());
        subheads.add(line.text());
        previous = null;
        continue;
      }
      String words = line.text();
      Optional<Jump> jump = jumps.find(words);
      if (jump.isPresent()) {
        Jump j = jump.get();
        if (j.forward()) {
          on = j.page();
        } else {
          from = j.page();
        }
        words = (words.substring(0, j.start()) + words.substring(j.end())).strip();
        if (words.isEmpty()) {
          continue;
        }
      }
      if (centred(line, text) && !endsSentence(words)) {
        flush(current, paragraphs);
        paragraphs.add(words);
        subheads.add(words);
        previous = null;
        continue;
      }
      if (previous == null || opens(line, text) || closes(previous, text)) {
        flush(current, paragraphs);
      }
      append(current, words);
      previous = line;
    }
    flush(current, paragraphs);
    return new Result(new Body(paragraphs, subheads), on, from);
  }

  /**
   * The lines that show the column's measure: a line set across several columns (a subtitle or a
   * note above the text) has no edge in common with any one column.
   */
  private static List<TextLine> measure(List<TextLine> lines) {
    if (lines.size() < 3) {
      return lines;
    }
    double[] widths = lines.stream().mapToDouble(TextLine::width).sorted().toArray();
    double median = widths[widths.length / 2];
    return lines.stream().filter(l -> l.width() <= ACROSS_COLUMNS * median).toList();
  }

  /**
   * Whether the line stands in the middle of its column, as a subhead set centred does: a text line
   * starts at the column's edge or an indent from it and runs on to the other edge, or stops short
   * only at a paragraph's end.
   */
  private static boolean centred(TextLine line, List<TextLine> column) {
    double left = line.left();
    double right = line.right();
    int others = 0;
    for (TextLine other : column) {
      if (other != line && sameColumn(line, other)) {
        left = Math.min(left, other.left());
        right = Math.max(right, other.right());
        others++;
      }
    }
    double before = line.left() - left;
    double after = right - line.right();
    return others >= CENTRED_CONTEXT
        && before >= SHORT * line.size()
        && after >= SHORT * line.size()
        && Math.abs(before - after) <= CENTRED_SLACK * line.size();
  }

  private static boolean endsSentence(String text) {
    String t = text.strip();
    return t.isEmpty() || SENTENCE_ENDS.indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  private static boolean opens(TextLine line, List<TextLine> column) {
    double left = line.left();
    for (TextLine other : column) {
      if (sameColumn(line, other)) {
        left = Math.min(left, other.left());
      }
    }
    return line.left() - left >= INDENT * line.size();
  }

  private static boolean closes(TextLine line, List<TextLine> column) {
    double right = line.right();
    for (TextLine other : column) {
      if (sameColumn(line, other)) {
        right = Math.max(right, other.right());
      }
    }
    return right - line.right() >= SHORT * line.size();
  }

  private static boolean sameColumn(TextLine a, TextLine b) {
    return a.overlap(b) >= SAME_COLUMN && Math.abs(a.size() - b.size()) <= 0.03 * a.size();
  }

  /** Joins a line to the paragraph; a space only between two Latin letters. */
  private static void append(StringBuilder paragraph, String text) {
    if (!paragraph.isEmpty()
        && !text.isEmpty()
        && isLatin(paragraph.charAt(paragraph.length() - 1))
        && isLatin(text.charAt(0))) {
      paragraph.append(' ');
    }
    paragraph.append(text);
  }

  private static boolean isLatin(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    if (!current.isEmpty()) {
      paragraphs.add(current.toString());
      current.setLength(0);
    }
  }
}
