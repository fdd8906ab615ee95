package baoku.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baoku.parse.PageHints;
import baoku.parse.PageInputException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** PDFs that cannot be read are refused with one line naming the file and the reason. */
class BadPdfTest {
  private final PdfPageReader reader = new PdfPageReader();

  @Test
  void refusesAnEncryptedPdf() throws IOException {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
      pdf = save(doc);
    }
    assertRefused(pdf, "locked.pdf", "encrypted PDF: a password is needed to read it");
  }

  @Test
  void refusesAScanWithoutText() throws IOException {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      BufferedImage scan = new BufferedImage(200, 300, BufferedImage.TYPE_INT_RGB);
      PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.drawImage(image, 50, 50, 400, 600);
      }
      pdf = save(doc);
    }
    assertRefused(pdf, "scan.pdf", "no text layer, OCR needed");
  }

  @Test
  void refusesTextWhoseFontHasNoUnicodeMapping() throws IOException {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDResources resources = new PDResources();
      resources.put(COSName.getPDFName("F1"), new PDType1Font(unmappedFont()));
      page.setResources(resources);
      PDStream stream = new PDStream(doc);
      StringBuilder codes = new StringBuilder();
      for (int code = 1; code <= 30; code++) {
        codes.append(String.format(java.util.Locale.ROOT, "%02x", code));
      }
      try (OutputStream out = stream.createOutputStream()) {
        String content = "BT /F1 12 Tf 72 700 Td <" + codes + "> Tj ET";
        out.write(content.getBytes(StandardCharsets.US_ASCII));
      }
      page.setContents(stream);
      pdf = save(doc);
    }
    assertThatThrownBy(() -> reader.read(pdf, "garbled.pdf", PageHints.none()))
        .isInstanceOf(PageInputException.class)
        .hasMessageStartingWith("garbled.pdf: text without a Unicode mapping");
  }

  @Test
  void refusesATruncatedPdf() {
    byte[] whole = Fixtures.pdf(Fixtures.PAGE_2024);
    byte[] cut = Arrays.copyOf(whole, whole.length * 3 / 5);
    assertRefused(cut, "cut.pdf", "truncated PDF (no %%EOF marker at its end)");
  }

  @Test
  void refusesABrokenPdf() {
    byte[] junk =
        "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> reader.read(junk, "junk.pdf", PageHints.none()))
        .isInstanceOf(PageInputException.class)
        .hasMessageStartingWith("junk.pdf: ")
        .hasMessageNotContaining("\n");
  }

  @Test
  void refusesAPdfWhosePageTreeLoops() throws IOException {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage(PDRectangle.A4));
      COSDictionary pages = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
      // The page tree names itself as a kid: a reader looking for page 2 goes round for ever.
      pages.getCOSArray(COSName.KIDS).add(pages);
      pages.setInt(COSName.COUNT, 2);
      pdf = save(doc);
    }
    assertThatThrownBy(() -> reader.read(pdf, "loop.pdf", PageHints.none()))
        .isInstanceOf(PageInputException.class)
        .hasMessageStartingWith("loop.pdf: broken PDF (cannot find page 2")
        .hasMessageNotContaining("\n");
  }

  @Test
  void refusesAPageTooLargeToBePrinted() throws IOException {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage(new PDRectangle(20_000, 30_000)));
      pdf = save(doc);
    }
    assertRefused(
        pdf,
        "huge.pdf",
        "page 1 is 20000 × 30000 pt, not a printed page (longest side limit 14400 pt)");
  }

  @Test
  void refusesWhatIsNoPdf() {
    byte[] text = "乐山日报\n".getBytes(StandardCharsets.UTF_8);
    assertRefused(text, "page.pdf", "not a PDF (no %PDF- header)");
  }

  private void assertRefused(byte[] pdf, String source, String reason) {
    assertThatThrownBy(() -> reader.read(pdf, source, PageHints.none()))
        .isInstanceOf(PageInputException.class)
        .hasMessage(source + ": " + reason);
  }

  /** Helvetica re-encoded to glyph names no glyph list knows: codes without characters. */
  private static COSDictionary unmappedFont() {
    COSArray differences = new COSArray();
    differences.add(COSInteger.get(1));
    for (int code = 1; code <= 30; code++) {
      differences.add(COSName.getPDFName("zq" + code));
    }
    COSDictionary encoding = new COSDictionary();
    encoding.setItem(COSName.TYPE, COSName.ENCODING);
    encoding.setItem(COSName.DIFFERENCES, differences);
    COSDictionary font = new COSDictionary();
    font.setItem(COSName.TYPE, COSName.FONT);
    font.setItem(COSName.SUBTYPE, COSName.TYPE1);
    font.setName(COSName.BASE_FONT, "Helvetica");
    font.setItem(COSName.ENCODING, encoding);
    return font;
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  @Test
  void tellsAPdfByItsContent() {
    assertThat(PdfMagic.isPdf("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII))).isTrue();
    assertThat(PdfMagic.isPdf("junk\r\n%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isTrue();
    assertThat(PdfMagic.isPdf("本报讯 %PDF".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(PdfMagic.isPdf(new byte[0])).isFalse();
  }
}
