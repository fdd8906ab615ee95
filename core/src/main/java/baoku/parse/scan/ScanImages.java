package baoku.parse.scan;

import baoku.parse.PageInputException;
import baoku.parse.pdf.PdfLoader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The page images of a scan file: PNG, JPEG, TIFF (each image of a multi-page TIFF a page) or a PDF
 * without text, rendered. An image larger than the pixel cap is read at a lower resolution (every
 * n-th pixel, so it never fills memory whole), and says so; a corrupt, truncated or undecodable
 * image is refused.
 */
final class ScanImages {
  /** A scan that says nothing of its resolution is taken to be at this, as archives scan. */
  static final double SCAN_DPI = 300;

  /** Resolutions outside this range are no scan's and are ignored. */
  private static final double MIN_DPI = 72;

  private static final double MAX_DPI = 1200;

  private static final float POINTS_PER_INCH = 72;

  private final long maxPixels;
  private final PdfLoader pdfs;

  ScanImages(long maxPixels, PdfLoader pdfs) {
    this.maxPixels = maxPixels;
    this.pdfs = pdfs;
  }

  /** Whether {@code bytes} are a PNG, JPEG or TIFF image, by their content. */
  static boolean isImage(byte[] bytes) {
    return starts(bytes, 0x89, 'P', 'N', 'G')
        || starts(bytes, 0xFF, 0xD8, 0xFF)
        || starts(bytes, 'I', 'I', 42, 0)
        || starts(bytes, 'M', 'M', 0, 42);
  }

  private static boolean starts(byte[] bytes, int... magic) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((bytes[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  List<ScanImage> images(byte[] bytes, String source) throws PageInputException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new PageInputException(source, "image of a kind that cannot be read");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((r, warning) -> warnings.add(warning));
        int count = reader.getNumImages(true);
        if (count < 1) {
          throw new PageInputException(source, "image file holds no image");
        }
        List<ScanImage> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
          out.add(image(reader, i, count, source, warnings));
        }
        return out;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new PageInputException(source, "corrupt or truncated image (" + oneLine(e) + ")");
    }
  }

  private ScanImage image(
      ImageReader reader, int index, int count, String source, List<String> warnings)
      throws IOException, PageInputException {
    String where = count == 1 ? "" : "image " + (index + 1) + ": ";
    long width = reader.getWidth(index);
    long height = reader.getHeight(index);
    double dpi = dpi(reader.getImageMetadata(index));
    ImageReadParam param = reader.getDefaultReadParam();
    String note = null;
    int step = (int) Math.ceil(Math.sqrt((double) width * height / maxPixels));
    if (step > 1) {
      param.setSourceSubsampling(step, step, 0, 0);
      dpi /= step;
      note =
          where
              + width
              + "×"
              + height
              + " pixels is over the cap of "
              + maxPixels / 1_000_000
              + " million; read at 1/"
              + step
              + " resolution";
    }
    BufferedImage image = reader.read(index, param);
    if (!warnings.isEmpty()) {
      throw new PageInputException(
          source, where + "corrupt or truncated image (" + warnings.get(0) + ")");
    }
    return new ScanImage(image, dpi, note);
  }

  /** Every page of a PDF without text, rendered at a scan's resolution within the pixel cap. */
  List<ScanImage> rendered(byte[] bytes, String source) throws PageInputException {
    try (PDDocument document = pdfs.open(bytes, source)) {
      PDFRenderer renderer = new PDFRenderer(document);
      List<ScanImage> out = new ArrayList<>();
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        PDRectangle box = document.getPage(i).getCropBox();
        double inches = (box.getWidth() / POINTS_PER_INCH) * (box.getHeight() / POINTS_PER_INCH);
        float dpi = (float) Math.min(SCAN_DPI, Math.sqrt(maxPixels / Math.max(1e-6, inches)));
        out.add(new ScanImage(renderer.renderImageWithDPI(i, dpi, ImageType.GRAY), dpi, null));
      }
      return out;
    } catch (IOException | RuntimeException e) {
      throw new PageInputException(source, "PDF cannot be rendered (" + oneLine(e) + ")");
    }
  }

  /** The image's resolution as its file records it (standard metadata), else a scan's. */
  private static double dpi(IIOMetadata metadata) {
    try {
      if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
        return SCAN_DPI;
      }
      Node root = metadata.getAsTree("javax_imageio_1.0");
      for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (!"Dimension".equals(n.getNodeName())) {
          continue;
        }
        for (Node d = n.getFirstChild(); d != null; d = d.getNextSibling()) {
          if ("HorizontalPixelSize".equals(d.getNodeName())) {
            NamedNodeMap attributes = d.getAttributes();
            double millimetres =
                Double.parseDouble(attributes.getNamedItem("value").getNodeValue());
            double dpi = 25.4 / millimetres;
            if (dpi >= MIN_DPI && dpi <= MAX_DPI) {
              return dpi;
            }
          }
        }
      }
    } catch (RuntimeException e) {
      // Metadata a reader cannot give is no reason to refuse the image.
    }
    return SCAN_DPI;
  }

  private static String oneLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse("").strip();
  }
}
