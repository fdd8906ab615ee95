package baoku.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * A page as 8-bit grey levels, row by row. Newspapers print in black on paper: colour adds nothing
 * to finding or reading their text, and a grey page takes a quarter of the memory.
 */
final class GrayImage {
  private static final int WHITE = 255;

  final int width;
  final int height;
  final byte[] pixels;

  GrayImage(int width, int height, byte[] pixels) {
    if (pixels.length != width * height) {
      throw new IllegalArgumentException("pixels do not fill " + width + "×" + height);
    }
    this.width = width;
    this.height = height;
    this.pixels = pixels;
  }

  static GrayImage of(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    byte[] out = new byte[w * h];
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      image.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int argb = row[x];
        int alpha = argb >>> 24;
        int r = (argb >> 16) & 0xFF;
        int g = (argb >> 8) & 0xFF;
        int b = argb & 0xFF;
        int grey = (r * 299 + g * 587 + b * 114) / 1000;
        // Transparent pixels show the paper.
        out[y * w + x] = (byte) ((grey * alpha + WHITE * (255 - alpha)) / 255);
      }
    }
    return new GrayImage(w, h, out);
  }

  int at(int x, int y) {
    return pixels[y * width + x] & 0xFF;
  }

  /** The grey level at a point between pixels, by bilinear interpolation; paper outside. */
  double sample(double x, double y) {
    int x0 = (int) Math.floor(x);
    int y0 = (int) Math.floor(y);
    double fx = x - x0;
    double fy = y - y0;
    double top = (1 - fx) * safe(x0, y0) + fx * safe(x0 + 1, y0);
    double bottom = (1 - fx) * safe(x0, y0 + 1) + fx * safe(x0 + 1, y0 + 1);
    return (1 - fy) * top + fy * bottom;
  }

  private int safe(int x, int y) {
    if (x < 0 || y < 0 || x >= width || y >= height) {
      return WHITE;
    }
    return at(x, y);
  }

  /** This image resampled to {@code w × h} pixels. */
  GrayImage scaled(int w, int h) {
    byte[] out = new byte[w * h];
    double sx = (double) width / w;
    double sy = (double) height / h;
    for (int y = 0; y < h; y++) {
      double srcY = Math.min(height - 1, Math.max(0, (y + 0.5) * sy - 0.5));
      for (int x = 0; x < w; x++) {
        double srcX = Math.min(width - 1, Math.max(0, (x + 0.5) * sx - 0.5));
        out[y * w + x] = (byte) Math.round(sample(srcX, srcY));
      }
    }
    return new GrayImage(w, h, out);
  }

  /** The part of this image in the rectangle, which must lie within it. */
  GrayImage crop(int x, int y, int w, int h) {
    byte[] out = new byte[w * h];
    for (int row = 0; row < h; row++) {
      System.arraycopy(pixels, (y + row) * width + x, out, row * w, w);
    }
    return new GrayImage(w, h, out);
  }

  /** This image turned half a turn. */
  GrayImage upsideDown() {
    byte[] out = new byte[pixels.length];
    for (int i = 0; i < pixels.length; i++) {
      out[i] = pixels[pixels.length - 1 - i];
    }
    return new GrayImage(width, height, out);
  }

  /**
   * This image turned about its centre so that a line rising by {@code degrees} (clockwise, as y
   * grows downwards) comes out level; the corners let in paper.
   */
  GrayImage levelled(double degrees) {
    double a = Math.toRadians(degrees);
    double cos = Math.cos(a);
    double sin = Math.sin(a);
    double cx = width / 2.0;
    double cy = height / 2.0;
    byte[] out = new byte[pixels.length];
    for (int y = 0; y < height; y++) {
      double dy = y - cy;
      for (int x = 0; x < width; x++) {
        double dx = x - cx;
        out[y * width + x] =
            (byte) Math.round(sample(cx + dx * cos - dy * sin, cy + dx * sin + dy * cos));
      }
    }
    return new GrayImage(width, height, out);
  }

  BufferedImage toImage() {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    byte[] target = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    System.arraycopy(pixels, 0, target, 0, pixels.length);
    return image;
  }
}
