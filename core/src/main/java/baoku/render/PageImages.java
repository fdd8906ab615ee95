package baoku.render;

import baoku.parse.PageInputException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * The page image and thumbnail of a scanned page, as PNGs: the scan at no more than screen width (a
 * 300 dpi scan is far finer than a screen shows), and a thumbnail for lists.
 */
public final class PageImages {
  private final int maxWidth;
  private final int thumbnailWidth;

  public PageImages(int maxWidth, int thumbnailWidth) {
    this.maxWidth = maxWidth;
    this.thumbnailWidth = thumbnailWidth;
  }

  /** Images as wide as a PDF page rendered at the reader's resolution, and its thumbnails. */
  public PageImages() {
    this(1900, RenderSettings.standard().thumbnailWidth());
  }

  /** The page image and its thumbnail. */
  public record Pair(byte[] image, byte[] thumbnail) {}

  public Pair of(BufferedImage scan, String source) throws PageInputException {
    BufferedImage shown =
        scan.getWidth() > maxWidth ? PageRenderer.thumbnail(scan, maxWidth) : scan;
    try {
      return new Pair(png(shown), png(PageRenderer.thumbnail(shown, thumbnailWidth)));
    } catch (IOException e) {
      throw new PageInputException(source, "page image cannot be written (" + e.getMessage() + ")");
    }
  }

  private static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(image, "png", out)) {
      throw new IOException("no PNG writer");
    }
    return out.toByteArray();
  }
}
