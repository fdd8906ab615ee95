package baoku.parse.layout;

import baoku.parse.text.Line;
import baoku.parse.zone.BylineParser;
import baoku.parse.zone.CaptionParser;
import baoku.parse.zone.Jump;
import baoku.parse.zone.JumpParser;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Gives each line its {@link LineKind} from its own text (features → rules). */
public final class LineClassifier {
  private final JumpParser jumps;
  private final BylineParser bylines;
  private final CaptionParser captions;
  private final List<Pattern> editorLines;

  public LineClassifier(
      JumpParser jumps, BylineParser bylines, CaptionParser captions, List<Pattern> editorLines) {
    this.jumps = jumps;
    this.bylines = bylines;
    this.captions = captions;
    this.editorLines = editorLines;
  }

  public ClassifiedLine classify(Line line) {
    String text = line.text();
    Integer jumpOn = null;
    Integer jumpFrom = null;
    Optional<Jump> jump = jumps.find(text);
    if (jump.isPresent()) {
      Jump j = jump.get();
      if (j.forward()) {
        jumpOn = j.page();
      } else {
        jumpFrom = j.page();
      }
      if (jumps.isWholeLine(text, j)) {
        return new ClassifiedLine(line, LineKind.JUMP, true, false, jumpOn, jumpFrom, "");
      }
      text = (text.substring(0, j.start()) + text.substring(j.end())).strip();
    }
    boolean opens = bylines.opensWithDateline(text) || jumpFrom != null;
    LineKind kind;
    if (opens && !text.isEmpty()) {
      kind = LineKind.PROSE;
    } else if (editorLines.stream().anyMatch(p -> p.matcher(line.text()).find())) {
      kind = LineKind.EDITORIAL;
    } else if (captions.captionLine(text).isPresent()) {
      kind = LineKind.CAPTION;
    } else if (captions.isCredit(text)) {
      kind = LineKind.CREDIT; // before bylines: 记者 张三 摄 credits a photo, not an article
    } else if (bylines.parseLine(text).isPresent()) {
      kind = LineKind.BYLINE;
    } else if (isProse(text, line.width())) {
      kind = LineKind.PROSE;
    } else {
      kind = LineKind.SHORT;
    }
    return new ClassifiedLine(line, kind, closes(text), opens, jumpOn, jumpFrom, text);
  }

  /** Running text carries commas and full stops; headlines, captions and banners do not. */
  static boolean isProse(String text, double width) {
    boolean exclamation = false;
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case '，', '。', '；' -> {
          return true;
        }
        case '！', '？' -> exclamation = true;
        default -> {}
      }
    }
    return exclamation && width > 24;
  }

  /** Whether a sentence ends with the line: 。！？…； with any closing quotes or brackets after. */
  static boolean closes(String text) {
    int i = text.length() - 1;
    while (i >= 0 && "”’」』）)】》\"'".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && "。！？!?…；".indexOf(text.charAt(i)) >= 0;
  }

  /** Whether the line ends with a colon, which ends a paragraph where lines are paragraphs. */
  static boolean endsWithColon(String text) {
    return text.endsWith("：") || text.endsWith(":");
  }
}
