package baoku.parse.pdf;

import baoku.parse.PageInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Opens a PDF for reading or rendering, refusing with a one-line reason what cannot be read: not a
 * PDF, truncated or broken, locked by a password, too large.
 */
public final class PdfLoader {
  /** The end-of-file marker must stand near the end; PDFBox would otherwise guess at the rest. */
  private static final int EOF_SEARCH = 2048;

  private final PdfLimits limits;

  public PdfLoader(PdfLimits limits) {
    this.limits = limits;
  }

  public PdfLoader() {
    this(PdfLimits.standard());
  }

  /** The opened document; the caller closes it. */
  public PDDocument open(byte[] bytes, String source) throws PageInputException {
    if (bytes.length == 0) {
      throw new PageInputException(source, "empty file");
    }
    if (bytes.length > limits.maxBytes()) {
      throw new PageInputException(
          source, "too large (" + bytes.length + " bytes, limit " + limits.maxBytes() + ")");
    }
    if (!PdfMagic.isPdf(bytes)) {
      throw new PageInputException(source, "not a PDF (no %PDF- header)");
    }
    if (!hasEndMarker(bytes)) {
      throw new PageInputException(source, "truncated PDF (no %%EOF marker at its end)");
    }
    PDDocument document;
    try {
      document = Loader.loadPDF(bytes);
    } catch (InvalidPasswordException e) {
      throw new PageInputException(source, "encrypted PDF: a password is needed to read it");
    } catch (IOException | RuntimeException e) {
      throw new PageInputException(source, "broken PDF (" + oneLine(e) + ")");
    }
    try {
      check(document, source);
    } catch (PageInputException e) {
      close(document);
      throw e;
    }
    return document;
  }

  private void check(PDDocument document, String source) throws PageInputException {
    int pages = document.getNumberOfPages();
    if (pages == 0) {
      throw new PageInputException(source, "PDF without pages");
    }
    if (pages > limits.maxPages()) {
      throw new PageInputException(
          source, "too many pages (" + pages + ", limit " + limits.maxPages() + ")");
    }
    for (int i = 0; i < pages; i++) {
      PDPage page;
      try {
        page = document.getPage(i);
      } catch (RuntimeException e) {
        // A page tree that names itself, or a node that is no page: PDFBox gives up on the page.
        throw new PageInputException(
            source, "broken PDF (cannot find page " + (i + 1) + ": " + oneLine(e) + ")");
      }
      PDRectangle box = page.getCropBox();
      double side = Math.max(box.getWidth(), box.getHeight());
      if (side > limits.maxSide() || !(side > 0)) {
        throw new PageInputException(
            source,
            "page "
                + (i + 1)
                + " is "
                + Math.round(box.getWidth())
                + " × "
                + Math.round(box.getHeight())
                + " pt, not a printed page (longest side limit "
                + Math.round(limits.maxSide())
                + " pt)");
      }
    }
  }

  private static boolean hasEndMarker(byte[] bytes) {
    int from = Math.max(0, bytes.length - EOF_SEARCH);
    String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
    return tail.contains("%%EOF");
  }

  static String oneLine(Throwable e) {
    String message = e.getMessage();
    return (message == null || message.isBlank() ? e.getClass().getSimpleName() : message)
        .replace('\n', ' ')
        .strip();
  }

  private static void close(PDDocument document) {
    try {
      document.close();
    } catch (IOException ignored) {
      // closing a document that failed its checks: nothing more to report
    }
  }
}
