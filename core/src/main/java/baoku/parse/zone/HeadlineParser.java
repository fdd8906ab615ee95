package baoku.parse.zone;

import baoku.parse.ParserCues;
import baoku.parse.layout.ClassifiedLine;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a headline block into its parts the way a typesetter sets them: a column banner (栏目) above
 * all, a kicker (引题) that reports who said what, the title (主题), a subtitle (副题) below.
 */
public final class HeadlineParser {
  /** Short parallel phrases, 紧起来 动起来 跑起来: a column's banner, not a sentence. */
  private static final Pattern BANNER = Pattern.compile("\\p{IsHan}{2,5}(?: \\p{IsHan}{2,5}){2,3}");

  private static final Pattern TOPIC = Pattern.compile("\\p{IsHan}{2,6}");

  private static final Pattern BRACKETED = Pattern.compile("^[【\\[［〖](.+)[】\\]］〗]$");

  /** A line this short (ems) under a headline line is the end of a wrapped line, not a part. */
  private static final double REMAINDER = 2;

  private final ParserCues cues;

  public HeadlineParser(ParserCues cues) {
    this.cues = cues;
  }

  /**
   * Reads {@code lines} (in printed order) as one headline. Parts are separated by blank lines; two
   * lines without a blank between are one part when they are balanced (a title set on two lines) or
   * when the first is wider than the text columns (a banner wrapped once).
   *
   * @param columnWidth the width of the text columns around, or NaN where lines are paragraphs
   */
  public Headline parse(List<ClassifiedLine> lines, double columnWidth) {
    List<String> parts = parts(lines, columnWidth);
    String column = null;
    if (parts.size() >= 2 && isColumnBanner(parts.get(0)) && !parts.get(1).startsWith("—")) {
      column = unbracket(parts.remove(0));
    }
    return switch (parts.size()) {
      case 0 -> new Headline(column, null, null, null);
      case 1 -> new Headline(column, null, parts.get(0), null);
      case 2 ->
          isKicker(parts.get(0)) || isTopicAbove(parts.get(0), parts.get(1))
              ? new Headline(column, parts.get(0), parts.get(1), null)
              : new Headline(column, null, parts.get(0), parts.get(1));
      default ->
          new Headline(
              column,
              parts.get(0),
              String.join(" ", parts.subList(1, parts.size() - 1)),
              parts.get(parts.size() - 1));
    };
  }

  /** The headline's parts, each a string, in printed order. */
  public List<String> parts(List<ClassifiedLine> lines, double columnWidth) {
    List<String> parts = new ArrayList<>();
    ClassifiedLine partStart = null;
    int partLines = 0;
    for (ClassifiedLine line : lines) {
      boolean columns = !Double.isNaN(columnWidth);
      boolean join =
          partStart != null
              && line.blankBefore() == 0
              && (line.width() <= REMAINDER
                  || (columns && partLines == 1 && balanced(partStart.width(), line.width()))
                  || (columns && partLines == 1 && fills(partStart.width(), columnWidth)));
      if (join) {
        parts.set(parts.size() - 1, parts.get(parts.size() - 1) + " " + line.text());
        partLines++;
      } else {
        parts.add(line.text());
        partStart = line;
        partLines = 1;
      }
    }
    return parts;
  }

  /**
   * A line that runs well wider than the text column, a banner across columns, was wrapped: the
   * next line carries on the same part. (A line about as wide as the column proves nothing: a title
   * and a shorter subtitle below it look the same.)
   */
  private static boolean fills(double width, double columnWidth) {
    return !Double.isNaN(columnWidth) && width >= 1.3 * columnWidth;
  }

  private static boolean balanced(double a, double b) {
    return Math.abs(a - b) <= 0.2 * Math.max(a, b);
  }

  private boolean isKicker(String part) {
    for (String ending : cues.kickerEndings()) {
      if (part.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code part} reads as a column banner: bracketed, or short parallel phrases. */
  /**
   * A topic of a few characters set above a longer headline (乡村振兴 over 小山村变身网红打卡地) introduces it: a
   * title is the line that tells the news, and a subtitle follows it.
   */
  private static boolean isTopicAbove(String first, String second) {
    return TOPIC.matcher(first).matches()
        && !second.startsWith("—")
        && second.length() >= first.length() * 2;
  }

  public boolean isColumnBanner(String part) {
    return BRACKETED.matcher(part).matches() || (BANNER.matcher(part).matches() && !isKicker(part));
  }

  private static String unbracket(String part) {
    var m = BRACKETED.matcher(part);
    return m.matches() ? m.group(1).strip() : part;
  }
}
