package baoku.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baoku.parse.PageInputException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class PageRendererTest {
  private final PageRenderer renderer = new PageRenderer();

  @Test
  void rendersAPageAtScreenResolutionWithAThumbnail() throws Exception {
    byte[] pdf;
    try (InputStream in =
        PageRendererTest.class.getResourceAsStream(
            "/samples/leshan-daily-typeset/leshan-daily-2024-09-16-p1-typeset.pdf")) {
      pdf = in.readAllBytes();
    }
    List<RenderedPage> pages = renderer.render(pdf, "p.pdf");
    assertThat(pages).hasSize(1);
    RenderedPage page = pages.get(0);
    // 910.08 × 1802.88 pt at 150 dpi
    assertThat(page.width()).isBetween(1895, 1897);
    assertThat(page.height()).isBetween(3755, 3757);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(page.png()));
    assertThat(image.getWidth()).isEqualTo(page.width());
    BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(page.thumbnail()));
    assertThat(thumb.getWidth()).isEqualTo(240).isEqualTo(page.thumbnailWidth());
    assertThat(page.thumbnailHeight()).isBetween(474, 477);
  }

  @Test
  void lowersTheResolutionOfAnEnormousPage() {
    float dpi = renderer.dpiFor(new PDRectangle(10_000, 10_000));
    assertThat(dpi).isLessThan(150);
    double pixels = Math.pow(10_000 / 72.0 * dpi, 2);
    assertThat(pixels).isLessThanOrEqualTo(RenderSettings.standard().maxPixels() * 1.001);
  }

  @Test
  void refusesWhatIsNoPdf() {
    assertThatThrownBy(() -> renderer.render(new byte[] {1, 2, 3}, "x.pdf"))
        .isInstanceOf(PageInputException.class)
        .hasMessage("x.pdf: not a PDF (no %PDF- header)");
  }
}
