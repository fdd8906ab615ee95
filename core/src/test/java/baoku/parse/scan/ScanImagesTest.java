package baoku.parse.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baoku.parse.PageInputException;
import baoku.parse.pdf.PdfLoader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;

class ScanImagesTest {
  private final ScanImages images = new ScanImages(1_000_000, new PdfLoader());

  @Test
  void imagesAreToldByContent() throws IOException {
    assertThat(ScanImages.isImage(encode(blank(10, 10), "png"))).isTrue();
    assertThat(ScanImages.isImage(encode(blank(10, 10), "jpeg"))).isTrue();
    assertThat(ScanImages.isImage(encode(blank(10, 10), "tiff"))).isTrue();
    assertThat(ScanImages.isImage("乐山日报".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isFalse();
  }

  @Test
  void aMultiPageTiffIsOneImagePerPage() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.prepareWriteSequence(null);
      writer.writeToSequence(new IIOImage(blank(300, 400), null, null), null);
      writer.writeToSequence(new IIOImage(blank(320, 410), null, null), null);
      writer.endWriteSequence();
    } finally {
      writer.dispose();
    }
    List<ScanImage> pages = images.images(out.toByteArray(), "issue.tiff");
    assertThat(pages).extracting(p -> p.image().getWidth()).containsExactly(300, 320);
    assertThat(pages).allSatisfy(p -> assertThat(p.note()).isNull());
  }

  @Test
  void anImageOverThePixelCapIsReadSmallerAndSaysSo() throws Exception {
    List<ScanImage> pages = images.images(encode(blank(2000, 1500), "png"), "big.png");
    assertThat(pages).hasSize(1);
    ScanImage page = pages.get(0);
    assertThat((long) page.image().getWidth() * page.image().getHeight())
        .isLessThanOrEqualTo(1_000_000);
    assertThat(page.dpi()).isLessThan(ScanImages.SCAN_DPI);
    assertThat(page.note()).contains("2000×1500").contains("cap").contains("1/2");
  }

  @Test
  void aTruncatedImageIsRefusedByName() throws Exception {
    byte[] png = encode(noise(400, 300), "png");
    byte[] truncated = Arrays.copyOf(png, png.length / 2);
    assertThatThrownBy(() -> images.images(truncated, "cut.png"))
        .isInstanceOf(PageInputException.class)
        .hasMessageStartingWith("cut.png: ")
        .hasMessageContaining("corrupt or truncated image")
        .message()
        .doesNotContain("\n");
  }

  @Test
  void aTruncatedJpegIsRefusedNotReadHalfGrey() throws Exception {
    byte[] jpeg = encode(noise(400, 300), "jpeg");
    byte[] truncated = Arrays.copyOf(jpeg, jpeg.length / 2);
    assertThatThrownBy(() -> images.images(truncated, "cut.jpg"))
        .isInstanceOf(PageInputException.class)
        .hasMessageContaining("corrupt or truncated image");
  }

  private static BufferedImage blank(int w, int h) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    var g = image.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.dispose();
    return image;
  }

  private static BufferedImage noise(int w, int h) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    java.util.Random random = new java.util.Random(7);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int v = random.nextInt(256);
        image.setRGB(x, y, (v << 16) | (v << 8) | v);
      }
    }
    return image;
  }

  static byte[] encode(BufferedImage image, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ImageIO.write(image, format, out)).isTrue();
    return out.toByteArray();
  }
}
