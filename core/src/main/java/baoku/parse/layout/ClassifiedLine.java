package baoku.parse.layout;

import baoku.parse.text.Line;

/**
 * A line with what its own text says about it.
 *
 * @param closes whether it ends a sentence (。！？ or such, closing quotes after)
 * @param opensArticle whether it begins with a dateline (本报讯, 新华社北京7月22日电)
 * @param jumpOn the page an inline jump at its end points to (…环境， （紧转第3版）), or null
 * @param jumpFrom the page a jump line says the text comes from (上接第1版), or null
 * @param text the line's text without any jump mark
 */
public record ClassifiedLine(
    Line line,
    LineKind kind,
    boolean closes,
    boolean opensArticle,
    Integer jumpOn,
    Integer jumpFrom,
    String text) {

  public double width() {
    return line.width();
  }

  public int blankBefore() {
    return line.blankBefore();
  }

  public boolean indented() {
    return line.indented();
  }
}
