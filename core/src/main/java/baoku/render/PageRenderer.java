package baoku.render;

import baoku.parse.PageInputException;
import baoku.parse.pdf.PdfLoader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders PDF pages as PNG images for the reader: one at screen resolution, in whose pixels an
 * article's regions (in points) map by {@code dpi / 72}, and a thumbnail for lists. Thread-safe;
 * each call opens its own document.
 */
public final class PageRenderer {
  private static final float POINTS_PER_INCH = 72;

  private final PdfLoader loader;
  private final RenderSettings settings;

  public PageRenderer(PdfLoader loader, RenderSettings settings) {
    this.loader = loader;
    this.settings = settings;
  }

  public PageRenderer() {
    this(new PdfLoader(), RenderSettings.standard());
  }

  /** Every page of the PDF in {@code bytes}; {@code source} names the file in errors. */
  public List<RenderedPage> render(byte[] bytes, String source) throws PageInputException {
    try (PDDocument document = loader.open(bytes, source)) {
      PDFRenderer renderer = new PDFRenderer(document);
      List<RenderedPage> out = new ArrayList<>();
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        out.add(render(renderer, document, i, source));
      }
      return out;
    } catch (IOException e) {
      throw new PageInputException(source, "cannot close PDF (" + e.getMessage() + ")");
    }
  }

  /** The resolution page {@code box} renders at: the set one, lower where it would be too big. */
  float dpiFor(PDRectangle box) {
    double inches = (box.getWidth() / POINTS_PER_INCH) * (box.getHeight() / POINTS_PER_INCH);
    double pixels = inches * settings.dpi() * settings.dpi();
    if (pixels <= settings.maxPixels()) {
      return settings.dpi();
    }
    return (float) Math.sqrt(settings.maxPixels() / inches);
  }

  private RenderedPage render(PDFRenderer renderer, PDDocument document, int index, String source)
      throws PageInputException {
    long start = System.nanoTime();
    try {
      float dpi = dpiFor(document.getPage(index).getCropBox());
      BufferedImage image = renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
      BufferedImage thumb = thumbnail(image, settings.thumbnailWidth());
      byte[] png = png(image);
      byte[] thumbPng = png(thumb);
      long millis = (System.nanoTime() - start) / 1_000_000;
      return new RenderedPage(
          index + 1,
          png,
          image.getWidth(),
          image.getHeight(),
          thumbPng,
          thumb.getWidth(),
          thumb.getHeight(),
          millis);
    } catch (IOException | RuntimeException e) {
      throw new PageInputException(
          source, "page " + (index + 1) + " cannot be rendered (" + e.getMessage() + ")");
    }
  }

  /** Halves the image until one step from the width, for a sharp thumbnail without aliasing. */
  static BufferedImage thumbnail(BufferedImage image, int width) {
    BufferedImage current = image;
    while (current.getWidth() / 2 >= width) {
      current = scale(current, current.getWidth() / 2);
    }
    return current.getWidth() == width ? current : scale(current, width);
  }

  private static BufferedImage scale(BufferedImage image, int width) {
    int height = Math.max(1, Math.round((float) image.getHeight() * width / image.getWidth()));
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(image, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(image, "png", out)) {
      throw new IOException("no PNG writer");
    }
    return out.toByteArray();
  }
}
