package baoku.parse.zone;

import baoku.parse.layout.ClassifiedLine;
import baoku.parse.layout.ColumnWidths;
import baoku.parse.layout.Layout;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rejoins an article's lines into paragraphs. Where lines are paragraphs (e-paper text) a line that
 * does not end a sentence was cut at a column edge and runs on. Where lines are column lines (PDF
 * text) a paragraph ends with a line that ends a sentence short of the column's edge, or before a
 * line that is indented or starts short by the indent the extraction lost. Lines are joined with
 * nothing between them: Chinese text has no spaces between words.
 */
public final class BodyParser {
  private static final Pattern JUSTIFIED = Pattern.compile("(?:\\p{IsHan} ){3}\\p{IsHan}");

  public Body parse(List<BodyPiece> pieces, Layout layout, ColumnWidths columns) {
    List<String> paragraphs = new ArrayList<>();
    List<String> subheads = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    ClassifiedLine previous = null;
    boolean previousOpened = false;
    for (BodyPiece piece : pieces) {
      ClassifiedLine line = piece.line();
      if (piece.subhead()) {
        flush(current, paragraphs);
        paragraphs.add(line.text());
        subheads.add(line.text());
        previous = null;
        continue;
      }
      boolean opens =
          previous == null || startsParagraph(previous, previousOpened, line, layout, columns);
      if (opens) {
        flush(current, paragraphs);
      }
      append(current, unjustify(line.text()));
      previous = line;
      previousOpened = opens;
    }
    flush(current, paragraphs);
    return new Body(paragraphs, subheads);
  }

  /**
   * Whether {@code line} opens a new paragraph after {@code previous}, which itself opened one when
   * {@code previousOpened}: a first line is short by its indent without being a last line.
   */
  private static boolean startsParagraph(
      ClassifiedLine previous,
      boolean previousOpened,
      ClassifiedLine line,
      Layout layout,
      ColumnWidths columns) {
    boolean colon = previous.text().endsWith("：") || previous.text().endsWith(":");
    if (layout == Layout.EPAPER) {
      return previous.closes() || colon;
    }
    if (!previous.closes()) {
      return false;
    }
    double column = columns.at(line.line().index());
    if (Double.isNaN(column)) {
      return true;
    }
    double indent = previousOpened ? 2.0 : 0.0;
    return previous.width() < column - 1.0 - indent
        || line.indented()
        || line.opensArticle()
        || (line.width() <= column - 1.5 && !line.closes())
        || (line.blankBefore() > 0 && line.width() < column - 0.5);
  }

  /**
   * Justified lines come out of PDF extraction with a space between every two characters (署 当 前 经
   * 济). Where that pattern shows, spaces between Chinese characters are the typesetter's, not the
   * writer's, and go.
   */
  static String unjustify(String text) {
    if (text.indexOf(' ') < 0 || !JUSTIFIED.matcher(text).find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean between =
          c == ' '
              && i > 0
              && i + 1 < text.length()
              && text.charAt(i - 1) > 0x2000
              && text.charAt(i + 1) > 0x2000;
      if (!between) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Joins a line to the paragraph; a space only between two Latin letters or digits. */
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
