package baoku.parse.layout;

import java.util.List;

/**
 * A page cut into zones.
 *
 * @param masthead the masthead's lines, or empty
 * @param layout how the text was laid out
 * @param columns the text column width at each line
 * @param blocks the zones after the masthead, in printed order
 */
public record Segmentation(
    List<String> masthead, Layout layout, ColumnWidths columns, List<Block> blocks) {
  public Segmentation {
    masthead = List.copyOf(masthead);
    blocks = List.copyOf(blocks);
  }
}
