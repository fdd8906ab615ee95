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

  /** A credit closing a caption line: （新华社记者 李四 摄）, 记者 张三 摄, 江城市委宣传部 供图. */
  private static final Pattern TRAILING_CREDIT =
      Pattern.compile(
          "(?:[（(][^（(）)]{1,30}[）)]|(?<=[。！？\\s])[^。！？\\s]{1,20}(?:\\s+[^。！？\\s]{1,12}){0,3})$");

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
   * A caption printed as a line of its own, with or without its credit at the end: 图为工人在车间作业。 （记者
   * 张三 摄）, or 图为…, 上图：….
   */
  public Optional<Image> captionLine(String line) {
    String text = line.strip();
    if (text.length() > 120) {
      return Optional.empty();
    }
    Matcher tail = TRAILING_CREDIT.matcher(text);
    if (tail.find() && tail.start() > 0) {
      Optional<String> credit = credit(tail.group().strip());
      if (credit.isPresent()) {
        String caption = text.substring(0, tail.start()).strip();
        // A credit after a whole sentence (…欢度节日。 记者 张三 摄, …参观。视觉中国供图) closes a
        // caption as surely as brackets do: running text never ends with a photographer's name.
        boolean setApart = endsSentence(caption);
        if (!caption.isEmpty()
            && (opensCaption(caption) || tail.group().strip().startsWith("（") || setApart)) {
          return Optional.of(new Image(caption, credit.get()));
        }
      }
    }
    return opensCaption(text) ? Optional.of(new Image(text, null)) : Optional.empty();
  }

  private static boolean endsSentence(String text) {
    return !text.isEmpty() && "。！？".indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  private boolean opensCaption(String text) {
    return cues.captionOpenings().stream().anyMatch(p -> p.matcher(text).find());
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
