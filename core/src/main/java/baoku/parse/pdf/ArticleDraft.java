package baoku.parse.pdf;

import baoku.page.Image;
import baoku.page.Region;
import java.util.ArrayList;
import java.util.List;

/** An article while the page is read: its headline parts, body lines, photos and outline. */
final class ArticleDraft {
  final List<TextBlock> headline = new ArrayList<>();
  final List<BodyLine> body = new ArrayList<>();
  final List<Image> images = new ArrayList<>();
  final List<Region> boxes = new ArrayList<>();
  String byline;
  Integer continuedOn;
  Integer continuedFrom;

  boolean hasBody() {
    return body.stream().anyMatch(l -> !l.subhead());
  }

  /** Whether the body's last line ends a sentence, so that a new article may begin after it. */
  boolean closed() {
    for (int i = body.size() - 1; i >= 0; i--) {
      if (!body.get(i).subhead()) {
        String text = body.get(i).line().text();
        return !text.isEmpty() && "。！？!?”」』）)…".indexOf(text.charAt(text.length() - 1)) >= 0;
      }
    }
    return true;
  }
}
