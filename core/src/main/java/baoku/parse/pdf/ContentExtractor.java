package baoku.parse.pdf;

import baoku.page.PageSize;
import baoku.parse.PageInputException;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Reads what one page of an open PDF prints: glyphs, drawings and its size. */
final class ContentExtractor {
  private final PdfLimits limits;

  ContentExtractor(PdfLimits limits) {
    this.limits = limits;
  }

  PageContent extract(PDDocument document, int index, String source) throws PageInputException {
    PDPage page = document.getPage(index);
    PDRectangle crop = page.getCropBox();
    try {
      List<Glyph> glyphs = GlyphCollector.collect(document, index, limits.maxGlyphs());
      if (glyphs == null) {
        throw new PageInputException(
            source, "page " + (index + 1) + " prints over " + limits.maxGlyphs() + " characters");
      }
      int[] census = new int[2];
      List<Drawing> drawings = GraphicsCollector.collect(page, census);
      return new PageContent(
          new PageSize(round(crop.getWidth()), round(crop.getHeight())),
          glyphs,
          drawings,
          census[0],
          census[1]);
    } catch (IOException | RuntimeException e) {
      throw new PageInputException(
          source, "page " + (index + 1) + " cannot be read (" + PdfLoader.oneLine(e) + ")");
    }
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
