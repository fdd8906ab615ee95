package baoku.parse;

import baoku.page.Page;
import baoku.parse.pdf.PdfPageReader;
import baoku.parse.scan.ScanPageReader;
import java.util.List;

/**
 * Reads a page file of any kind Baoku accepts, told apart by content: a PDF (one page, or an issue
 * of many) or page text. Thread-safe; build one and share it.
 */
public final class PageReader {
  private final PageParser text;
  private final PdfPageReader pdf;
  private final ScanPageReader scans;

  public PageReader(PageParser text, PdfPageReader pdf) {
    this(text, pdf, null);
  }

  /**
   * A reader that OCRs page images and PDFs without text with {@code scans} ({@code null}: not).
   */
  public PageReader(PageParser text, PdfPageReader pdf, ScanPageReader scans) {
    this.text = text;
    this.pdf = pdf;
    this.scans = scans;
  }

  /** A reader with the cues and limits shipped with Baoku. */
  public PageReader() {
    this(new PageParser(), new PdfPageReader());
  }

  /** The pages in {@code bytes}; {@code source} names the file in pages and errors. */
  public List<Page> read(byte[] bytes, String source, PageHints hints) throws PageInputException {
    if (scans != null && ScanPageReader.isImage(bytes)) {
      return scanned(scans.read(bytes, source, hints, false));
    }
    if (PdfPageReader.isPdf(bytes)) {
      try {
        return pdf.read(bytes, source, hints);
      } catch (PageInputException e) {
        if (scans != null && ScanPageReader.needsOcr(e)) {
          return scanned(scans.read(bytes, source, hints, true));
        }
        throw e;
      }
    }
    return List.of(text.parse(bytes, source, hints));
  }

  private static List<Page> scanned(List<ScanPageReader.ScanPage> pages) {
    return pages.stream().map(ScanPageReader.ScanPage::page).toList();
  }
}
