package baoku.parse.pdf;

import baoku.page.Image;
import baoku.parse.ParserCues;
import baoku.parse.zone.CaptionParser;
import java.util.Optional;

/**
 * Reads a caption block: the caption's words, then the credit (乐山高新区融媒体中心 供图) that the caption's
 * last words may form, wrapped lines joined without a space.
 */
final class CaptionReader {
  private final CaptionParser captions;
  private final ParserCues cues;

  CaptionReader(CaptionParser captions, ParserCues cues) {
    this.captions = captions;
    this.cues = cues;
  }

  /**
   * The caption ends where the longest credit at its end begins; words before a credit that only
   * name a role (记者 张三 摄) belong to the credit.
   */
  Image read(TextBlock block) {
    String text = block.text("").strip();
    for (int space = text.indexOf(' '); space > 0; space = text.indexOf(' ', space + 1)) {
      String head = text.substring(0, space).strip();
      Optional<String> credit = captions.credit(text.substring(space + 1));
      if (credit.isPresent() && !cues.bylineRole().matcher(head).matches()) {
        return captions.image(head, credit.get());
      }
    }
    Optional<String> whole = captions.credit(text);
    return whole.isPresent() ? new Image(null, whole.get()) : new Image(text, null);
  }

  boolean isCredit(String text) {
    return captions.isCredit(text);
  }
}
