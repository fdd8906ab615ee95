package baoku.parse.pdf;

import baoku.page.PageSize;
import java.util.List;

/**
 * What one PDF page prints.
 *
 * @param glyphs the characters with a Unicode text, in drawing order
 * @param drawings images, boxes and rules
 * @param shownGlyphs how many glyphs the page shows, with a Unicode text or without
 * @param unmappedGlyphs how many of them have none
 */
record PageContent(
    PageSize size,
    List<Glyph> glyphs,
    List<Drawing> drawings,
    int shownGlyphs,
    int unmappedGlyphs) {
  PageContent {
    glyphs = List.copyOf(glyphs);
    drawings = List.copyOf(drawings);
  }
}
