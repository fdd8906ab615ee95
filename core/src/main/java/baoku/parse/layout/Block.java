package baoku.parse.layout;

import baoku.page.Image;
import java.util.List;

/**
 * A run of lines of one zone.
 *
 * @param lines the lines in printed order (for a caption, the caption's lines)
 * @param image for a caption, the caption and credit; for a body, unused
 * @param images captions printed inside a body's text, in order
 * @param continuedOn for a body, the page its jump mark points to
 * @param continuedFrom for a body, the page it continues from
 */
public record Block(
    BlockKind kind,
    List<ClassifiedLine> lines,
    Image image,
    List<Image> images,
    Integer continuedOn,
    Integer continuedFrom) {

  public Block {
    lines = List.copyOf(lines);
    images = List.copyOf(images);
  }

  public ClassifiedLine first() {
    return lines.get(0);
  }

  public ClassifiedLine last() {
    return lines.get(lines.size() - 1);
  }

  /** All lines' text joined without separators, for comparing wording. */
  public String joinedText() {
    StringBuilder out = new StringBuilder();
    for (ClassifiedLine line : lines) {
      out.append(line.text());
    }
    return out.toString();
  }
}
