package baoku.parse.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs of one page with their positions and type, in the order the PDF draws them.
 * Layout is not its business: the PDF's drawing order is not the reading order.
 */
final class GlyphCollector extends PDFTextStripper {
  /** How many recent glyphs to compare against for overprinting. */
  private static final int OVERPRINT_WINDOW = 8;

  private final List<Glyph> glyphs = new ArrayList<>();
  private final int maxGlyphs;
  private boolean overflow;

  private GlyphCollector(int maxGlyphs) {
    this.maxGlyphs = maxGlyphs;
  }

  /** The glyphs of page {@code index} (0-based); null where there are more than {@code max}. */
  static List<Glyph> collect(PDDocument document, int index, int max) throws IOException {
    GlyphCollector collector = new GlyphCollector(max);
    collector.setStartPage(index + 1);
    collector.setEndPage(index + 1);
    collector.writeText(document, new StringWriter());
    return collector.overflow ? null : List.copyOf(collector.glyphs);
  }

  @Override
  protected void processTextPosition(TextPosition position) {
    if (overflow) {
      return;
    }
    String text = position.getUnicode();
    Glyph glyph =
        new Glyph(
            text == null ? "" : text,
            position.getXDirAdj(),
            position.getYDirAdj(),
            position.getWidthDirAdj(),
            position.getFontSizeInPt(),
            family(position.getFont()),
            isBold(position.getFont()));
    int twin = overprinted(glyph);
    if (twin >= 0) {
      // The same character printed again a hair's breadth away is a typesetter's fake bold.
      glyphs.set(twin, glyphs.get(twin).asBold());
      return;
    }
    glyphs.add(glyph);
    if (glyphs.size() > maxGlyphs) {
      overflow = true;
    }
  }

  private int overprinted(Glyph glyph) {
    for (int i = glyphs.size() - 1; i >= 0 && i >= glyphs.size() - OVERPRINT_WINDOW; i--) {
      Glyph other = glyphs.get(i);
      double tolerance = 0.1 * glyph.size();
      if (other.text().equals(glyph.text())
          && !glyph.isSpace()
          && Math.abs(other.x() - glyph.x()) < tolerance
          && Math.abs(other.baseline() - glyph.baseline()) < tolerance) {
        return i;
      }
    }
    return -1;
  }

  private boolean isBold(PDFont font) {
    RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
    if (mode == RenderingMode.FILL_STROKE || mode == RenderingMode.FILL_STROKE_CLIP) {
      return true;
    }
    if (font == null) {
      return false;
    }
    String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
    if (name.contains("bold")
        || name.contains("heavy")
        || name.contains("black")
        || name.contains("semibold")
        || name.contains("demi")) {
      return true;
    }
    PDFontDescriptor descriptor = font.getFontDescriptor();
    return descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
  }

  /** The font's family: its name without the subset tag that embedding adds (ABCDEF+). */
  static String family(PDFont font) {
    String name = font == null || font.getName() == null ? "" : font.getName();
    int plus = name.indexOf('+');
    return plus == 6 ? name.substring(plus + 1) : name;
  }
}
