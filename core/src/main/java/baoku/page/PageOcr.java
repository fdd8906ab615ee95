package baoku.page;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What OCR read on a scanned page, kept with the page so that its quality can be shown and
 * searched, and each line checked against the scan.
 *
 * @param engine the engine and models that read it
 * @param quality the mean recognition confidence per character, from 0 to 1
 * @param skew how far the scan was turned (degrees, clockwise); the page image is levelled
 * @param verticalLines lines set top to bottom (竖排), found but not read
 * @param notes what was done to read the page (an image over the pixel cap read smaller)
 * @param lines every line read, in points on the page as {@code size} gives it
 */
public record PageOcr(
    String engine,
    double quality,
    double skew,
    int verticalLines,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> notes,
    List<Line> lines) {
  public PageOcr {
    notes = notes == null ? List.of() : List.copyOf(notes);
    lines = lines == null ? List.of() : List.copyOf(lines);
  }

  /** One line as read, with its place on the page and its recognition confidence (0 to 1). */
  public record Line(String text, Region box, double confidence) {}
}
