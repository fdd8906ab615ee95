package baoku.parse.zone;

import baoku.page.Image;
import baoku.parse.ParserCues;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises photo credits (乐山高新区融媒体中心 供图, 记者 张三 摄, （新华社记者 李四 摄）) and the captions printed with
 * them.
 */
public final class CaptionParser {
  private static final Pattern PARENS = Pattern.compile("^[（(](.*)[）)]$");

  private final ParserCues cues;

  public CaptionParser(ParserCues cues) {
    this.cues = cues;
  }

  /** Whether {@code line} is a photo credit on its own. */
  public boolean isCredit(String line) {
    return credit(line).isPresent();
  }

  /** The credit as printed, parentheses removed, if {@code line} is one. */
  public Optional<String> credit(String line) {
    String text = line.strip();
    Matcher parens = PARENS.matcher(text);
    if (parens.matches()) {
      text = parens.group(1).strip();
    }
    if (text.length() > 32 || BylineParser.hasProsePunctuation(text)) {
      return Optional.empty();
    }
    Matcher m = cues.creditLine().matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String who = m.group("who");
    String end = m.group("end");
    boolean bare = end.startsWith("摄");
    // "…摄" also ends ordinary words; a credit sets the name apart or names a reporter.
    if (bare
        && !text.substring(0, m.start("end")).endsWith(" ")
        && !cues.bylineRole().matcher(who).find()) {
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /**
   * A caption and its credit. A credit that a narrow column wrapped (鸟瞰乐山高新区 乐山高新区融媒体中 / 心 供图)
   * leaves its beginning at the end of the caption line: a credited name of one or two characters
   * takes back the caption's last word.
   */
  public Image image(String caption, String credit) {
    String text = caption == null ? "" : caption.strip();
    if (credit == null) {
      return new Image(text.isEmpty() ? null : text, null);
    }
    Matcher m = cues.creditLine().matcher(credit);
    int space = text.lastIndexOf(' ');
    if (m.matches() && m.group("who").strip().length() <= 2 && space > 0) {
      credit = text.substring(space + 1) + credit;
      text = text.substring(0, space).strip();
    }
    return new Image(text.isEmpty() ? null : text, credit);
  }
}
