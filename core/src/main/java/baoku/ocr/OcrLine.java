package baoku.ocr;

import java.util.List;

/**
 * One line of text as read, in pixels of the (levelled) page.
 *
 * @param confidence the mean of its characters' confidences
 */
public record OcrLine(
    String text, int x, int y, int width, int height, double confidence, List<OcrChar> chars) {
  public OcrLine {
    chars = List.copyOf(chars);
  }
}
