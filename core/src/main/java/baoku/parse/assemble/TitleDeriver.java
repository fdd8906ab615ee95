package baoku.parse.assemble;

import java.util.regex.Pattern;

/**
 * Makes a title for an article the page prints without one, as an editor would for an index: the
 * first clause of its text after the dateline, the byline and any opening time expression.
 */
public final class TitleDeriver {
  private static final int MAX = 30;

  /** 本报讯（记者 张三）, 新华社北京7月22日电（记者 李四）: an opening up to its closing bracket. */
  private static final Pattern OPENING = Pattern.compile("^[^，。（(]{0,24}[（(][^）)]{0,40}[）)]");

  /** 昨（22）日上午, 7月21日晚间, 近日, 今年以来: a clause that only says when. */
  private static final Pattern WHEN =
      Pattern.compile(
          "^(?:[昨今前明]天?|近日|日前|当天|当日|今年|去年|上半年|下半年|\\d{4}年)?"
              + "(?:[（(]?\\d{1,2}[）)]?日|\\d{1,2}月\\s*\\d{1,2}日|\\d{1,2}日)?"
              + "(?:上午|下午|晚间|晚上|凌晨|早上|中午|傍晚|以来|期间)?$");

  public String derive(String firstParagraph) {
    String text = OPENING.matcher(firstParagraph).replaceFirst("").strip();
    String[] clauses = text.split("[，。；！？：]");
    for (String clause : clauses) {
      String c = clause.strip();
      if (c.isEmpty() || WHEN.matcher(c).matches()) {
        continue;
      }
      return c.length() > MAX ? c.substring(0, MAX) + "…" : c;
    }
    String whole = text.strip();
    return whole.length() > MAX ? whole.substring(0, MAX) + "…" : whole;
  }
}
