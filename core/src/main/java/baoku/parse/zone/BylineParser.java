package baoku.parse.zone;

import baoku.parse.ParserCues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads bylines in the forms Chinese papers print them: on a line of their own (■ 记者 倪琨, ■ 本报评论员,
 * 文/图 张三) or opening the first paragraph after a dateline (本报讯（记者 付小惠 白建伟）, 新华社北京7月22日电（记者 张三、李四）).
 */
public final class BylineParser {
  /** Bullets that typesetters put before a byline. */
  private static final Pattern BULLET = Pattern.compile("^[■□●◆◇▲△★☆▼▽○◎▶►•·]\\s*");

  private static final Pattern NAME =
      Pattern.compile("\\p{IsHan}{2,4}|\\p{IsHan}{1,4}[·•]\\p{IsHan}{1,8}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s、，,]+");

  private final ParserCues cues;
  private final Pattern roleThenName;
  private final Pattern nameThenRole;

  public BylineParser(ParserCues cues) {
    this.cues = cues;
    // Fused forms are common only as 记者张三 and 张三摄; a one-character role (文, 图) fused to
    // any two characters would make a byline of ordinary words.
    String role = cues.bylineRole().pattern();
    this.roleThenName =
        Pattern.compile("^(?<role>(?:" + role + ")(?<!^[文图摄]))(?<name>" + NAME.pattern() + ")$");
    this.nameThenRole = Pattern.compile("^(?<name>\\p{IsHan}{2,3})(?<role>摄影?)$");
  }

  /** A byline standing on its own line, if {@code line} is one. */
  public Optional<Byline> parseLine(String line) {
    if (line.length() > 40 || hasProsePunctuation(line) || line.endsWith("、")) {
      return Optional.empty();
    }
    Matcher bullet = BULLET.matcher(line);
    boolean bulleted = bullet.find();
    String rest = bulleted ? line.substring(bullet.end()).strip() : line;
    if (cues.selfNamedBylines().contains(rest)) {
      return Optional.of(new Byline(null, List.of(rest), false));
    }
    return parseNames(rest, bulleted).map(names -> new Byline(null, names.authors, names.photo));
  }

  /**
   * The dateline and byline that open a first paragraph, if it has them. The text stays in the
   * paragraph as printed; this only reads it.
   */
  public Optional<Byline> parseOpening(String paragraph) {
    String dateline = null;
    int at = 0;
    for (Pattern p : cues.datelines()) {
      Matcher m = p.matcher(paragraph);
      if (m.find()) {
        dateline = m.group("dateline").strip();
        at = m.end();
        break;
      }
    }
    Names names = null;
    // Some papers set a space between the dateline and the bracketed byline.
    while (dateline != null && at < paragraph.length() && isSpace(paragraph.charAt(at))) {
      at++;
    }
    if (at < paragraph.length() && isOpenParen(paragraph.charAt(at))) {
      int close = closingParen(paragraph, at);
      if (close > at) {
        names =
            parseNames(paragraph.substring(at + 1, close).strip(), dateline != null).orElse(null);
      }
    } else if (dateline != null) {
      // Without brackets: 本报讯 记者张三报道 …
      Matcher reported = cues.reportedByline().matcher(paragraph).region(at, paragraph.length());
      if (reported.lookingAt()) {
        names = parseNames(reported.group("names").strip(), true).orElse(null);
      }
    }
    if (dateline == null && names == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Byline(
            dateline, names == null ? List.of() : names.authors, names != null && names.photo));
  }

  /**
   * A credit in brackets that closes an article's last paragraph, as some papers print it instead
   * of a byline at the top: …助力乡村振兴。（记者 何平）. A role word must say it is a credit, and a photo
   * credit (摄) names a picture's author, not the article's.
   */
  public Optional<Byline> parseClosing(String paragraph) {
    String text = paragraph.strip();
    int close = text.length() - 1;
    if (close < 0 || (text.charAt(close) != '）' && text.charAt(close) != ')')) {
      return Optional.empty();
    }
    int open = Math.max(text.lastIndexOf('（', close), text.lastIndexOf('(', close));
    if (open < 0 || close - open > 60) {
      return Optional.empty();
    }
    return parseNames(text.substring(open + 1, close).strip(), false)
        .filter(names -> !names.photo)
        .map(names -> new Byline(null, names.authors, false));
  }

  /** Whether a dateline opens {@code text}. */
  public boolean opensWithDateline(String text) {
    for (Pattern p : cues.datelines()) {
      if (p.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }

  private record Names(List<String> authors, boolean photo) {}

  /**
   * Names separated by spaces or 、, with role words among them. Without a bullet or a dateline
   * before it, a run of names is a byline only when at least one role word says so.
   */
  private Optional<Names> parseNames(String text, boolean trusted) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    List<String> authors = new ArrayList<>();
    boolean role = false;
    boolean photo = false;
    for (String token : SEPARATORS.split(text)) {
      if (token.isEmpty()) {
        continue;
      }
      if (cues.bylineRole().matcher(token).matches()) {
        role = true;
        photo |= cues.photoCreditRoles().contains(token);
        continue;
      }
      if (cues.selfNamedBylines().contains(token)) {
        authors.add(token);
        role = true;
        continue;
      }
      Matcher fused = roleThenName.matcher(token);
      if (!fused.matches()) {
        fused = nameThenRole.matcher(token);
      }
      if (fused.matches()) {
        role = true;
        photo |= cues.photoCreditRoles().contains(fused.group("role"));
        authors.add(fused.group("name"));
      } else if (NAME.matcher(token).matches()) {
        authors.add(token);
      } else {
        return Optional.empty();
      }
    }
    if (authors.isEmpty() || !(role || trusted)) {
      return Optional.empty();
    }
    return Optional.of(new Names(authors, photo));
  }

  static boolean hasProsePunctuation(String s) {
    for (int i = 0; i < s.length(); i++) {
      switch (s.charAt(i)) {
        case '，', '。', '；', '！', '？', '：' -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isOpenParen(char c) {
    return c == '（' || c == '(';
  }

  private static int closingParen(String s, int open) {
    for (int i = open + 1; i < s.length() && i < open + 60; i++) {
      char c = s.charAt(i);
      if (c == '）' || c == ')') {
        return i;
      }
    }
    return -1;
  }
}
