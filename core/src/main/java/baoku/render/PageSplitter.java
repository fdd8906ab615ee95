package baoku.render;

import baoku.parse.PageInputException;
import baoku.parse.pdf.PdfLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Cuts a PDF into one-page PDFs, so the reader can offer each page alone. Thread-safe. */
public final class PageSplitter {
  private final PdfLoader loader;

  public PageSplitter(PdfLoader loader) {
    this.loader = loader;
  }

  public PageSplitter() {
    this(new PdfLoader());
  }

  /** Every page of the PDF in {@code bytes} as a PDF of its own, in order. */
  public List<byte[]> split(byte[] bytes, String source) throws PageInputException {
    try (PDDocument document = loader.open(bytes, source)) {
      List<byte[]> out = new ArrayList<>();
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        try (PDDocument single = new PDDocument()) {
          single.importPage(document.getPage(i));
          ByteArrayOutputStream pdf = new ByteArrayOutputStream();
          single.save(pdf);
          out.add(pdf.toByteArray());
        }
      }
      return out;
    } catch (IOException | RuntimeException e) {
      throw new PageInputException(
          source,
          "cannot split PDF ("
              + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
              + ")");
    }
  }
}
