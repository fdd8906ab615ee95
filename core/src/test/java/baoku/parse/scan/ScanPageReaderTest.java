package baoku.parse.scan;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baoku.ocr.OcrService;
import baoku.ocr.OcrSettings;
import baoku.parse.PageHints;
import baoku.parse.PageInputException;
import baoku.parse.pdf.PdfLoader;
import baoku.parse.pdf.PdfPageReader;
import baoku.resource.ResourceLoader;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans that cannot be read are refused with one line; the models are not needed to say so. */
class ScanPageReaderTest {
  @TempDir Path dir;

  @Test
  void anImageTooSmallForAPageIsRefused() throws Exception {
    byte[] icon =
        ScanImagesTest.encode(new BufferedImage(64, 64, BufferedImage.TYPE_BYTE_GRAY), "png");
    assertThatThrownBy(() -> reader().read(icon, "icon.png", PageHints.none(), false))
        .isInstanceOf(PageInputException.class)
        .hasMessage("icon.png: image of 64×64 pixels is too small for a newspaper page");
  }

  @Test
  void aMissingModelRefusesTheScanThatNeededIt() throws Exception {
    byte[] page =
        ScanImagesTest.encode(new BufferedImage(1000, 1400, BufferedImage.TYPE_BYTE_GRAY), "png");
    assertThatThrownBy(() -> reader().read(page, "scan.png", PageHints.none(), false))
        .isInstanceOf(PageInputException.class)
        .hasMessageStartingWith("scan.png: cannot OCR: ")
        .hasMessageContaining("OCR model missing")
        .message()
        .doesNotContain("\n");
  }

  private ScanPageReader reader() {
    OcrService ocr =
        new OcrService(dir.resolve("no-models"), OcrSettings.standard(), new ResourceLoader());
    return new ScanPageReader(ocr, new PdfPageReader(), new PdfLoader());
  }
}
