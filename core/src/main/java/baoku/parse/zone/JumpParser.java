package baoku.parse.zone;

import baoku.parse.ParserCues;
import baoku.parse.text.Line;
import baoku.parse.text.Widths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds jump marks: （下转第2版）, （紧转第3版）, （上接第1版), inline or on a line of their own. */
public final class JumpParser {
  private static final Pattern MARK_END = Pattern.compile("^[^（(]{0,6}[）)]");

  private final Pattern jump;
  private final Pattern openMark;

  public JumpParser(ParserCues cues) {
    this.jump = cues.jump();
    this.openMark = cues.jumpOpening();
  }

  /** The last jump mark in {@code text}, if any. */
  public Optional<Jump> find(String text) {
    // A quick look first: every jump mark says 转 (轉) or 接.
    if (text.indexOf('转') < 0 && text.indexOf('轉') < 0 && text.indexOf('接') < 0) {
      return Optional.empty();
    }
    Matcher m = jump.matcher(text);
    Jump found = null;
    while (m.find()) {
      String dir = m.group("dir");
      boolean forward = !(dir.contains("接") || dir.equals("转自"));
      found = new Jump(m.start(), m.end(), forward, pageNumber(m.group("page")));
    }
    return Optional.ofNullable(found);
  }

  /**
   * Joins a jump mark that a narrow column broke over two lines (（下转第 / 2版）) back into the line it
   * began on.
   */
  public List<Line> joinSplitMarks(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      // The anchored end first: it fails at once on almost every line.
      if (i + 1 < lines.size()
          && MARK_END.matcher(lines.get(i + 1).text()).find()
          && openMark.matcher(line.text()).find()) {
        Line next = lines.get(++i);
        String joined = line.text() + next.text();
        line =
            new Line(line.index(), joined, line.indented(), line.blankBefore(), Widths.of(joined));
      }
      out.add(new Line(out.size(), line.text(), line.indented(), line.blankBefore(), line.width()));
    }
    return out;
  }

  /** Whether the whole of {@code text} is one jump mark. */
  public boolean isWholeLine(String text, Jump jump) {
    return text.substring(0, jump.start()).isBlank() && text.substring(jump.end()).isBlank();
  }

  static int pageNumber(String s) {
    return ChineseNumerals.parse(s);
  }
}
