package baoku.ocr;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * What OCR read on one page.
 *
 * @param page the page as read: levelled where it was askew, scaled down where it was too large;
 *     line positions are in its pixels
 * @param dpi its resolution
 * @param skew how far the scan was turned (degrees, clockwise), undone in {@code page}
 * @param lines the lines read, each with its box and confidence
 * @param verticalLines lines set top to bottom (竖排), found but not read
 * @param scaledDown whether the image was larger than the pixel cap and was read smaller
 */
public record OcrResult(
    BufferedImage page,
    double dpi,
    double skew,
    List<OcrLine> lines,
    int verticalLines,
    boolean scaledDown) {
  public OcrResult {
    lines = List.copyOf(lines);
  }

  /** The mean confidence per character read, 0 when nothing was. */
  public double quality() {
    double sum = 0;
    int count = 0;
    for (OcrLine line : lines) {
      for (OcrChar c : line.chars()) {
        if (c.text().isBlank()) {
          continue;
        }
        sum += c.confidence();
        count++;
      }
    }
    return count == 0 ? 0 : sum / count;
  }
}
