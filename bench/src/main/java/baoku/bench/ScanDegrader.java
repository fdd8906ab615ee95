package baoku.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Makes a clean page image look scanned: turned by a degree or two, softened (blur), grainy
 * (noise), lit unevenly, and saved as JPEG at quality 60 — what a flatbed and an archive's
 * compression do to a page.
 */
final class ScanDegrader {
  private final Random random;

  ScanDegrader(long seed) {
    this.random = new Random(seed);
  }

  BufferedImage degrade(BufferedImage clean, double skewDegrees) throws IOException {
    BufferedImage image = turned(clean, skewDegrees);
    image = blurred(image);
    image = noisyAndUnevenlyLit(image);
    return jpeg(image, 0.6f);
  }

  private static BufferedImage turned(BufferedImage clean, double degrees) {
    BufferedImage out =
        new BufferedImage(clean.getWidth(), clean.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, out.getWidth(), out.getHeight());
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.rotate(Math.toRadians(degrees), out.getWidth() / 2.0, out.getHeight() / 2.0);
      g.drawImage(clean, 0, 0, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static BufferedImage blurred(BufferedImage image) {
    float[] k = {1 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 4 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 1 / 16f};
    BufferedImage out =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    return new ConvolveOp(new Kernel(3, 3, k), ConvolveOp.EDGE_NO_OP, null).filter(image, out);
  }

  /** Gaussian grain (σ 12 grey levels) and paper darkening by up to 40 levels towards a corner. */
  private BufferedImage noisyAndUnevenlyLit(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    var raster = image.getRaster();
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      raster.getPixels(0, y, w, 1, row);
      for (int x = 0; x < w; x++) {
        double shade = 40.0 * ((double) x / w + (double) y / h) / 2;
        double v = row[x] - shade + random.nextGaussian() * 12;
        row[x] = (int) Math.max(0, Math.min(255, Math.round(v)));
      }
      raster.setPixels(0, y, w, 1, row);
    }
    return image;
  }

  private static BufferedImage jpeg(BufferedImage image, float quality) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
  }
}
