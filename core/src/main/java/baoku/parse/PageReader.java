package baoku.parse;

import baoku.page.Page;
import baoku.parse.pdf.PdfPageReader;
import java.util.List;

/**
 * Reads a page file of any kind Baoku accepts, told apart by content: a PDF (one page, or an issue
 * of many) or page text. Thread-safe; build one and share it.
 */
public final class PageReader {
  private final PageParser text;
  private final PdfPageReader pdf;

  public PageReader(PageParser text, PdfPageReader pdf) {
    this.text = text;
    this.pdf = pdf;
  }

  /** A reader with the cues and limits shipped with Baoku. */
  public PageReader() {
    this(new PageParser(), new PdfPageReader());
  }

  /** The pages in {@code bytes}; {@code source} names the file in pages and errors. */
  public List<Page> read(byte[] bytes, String source, PageHints hints) throws PageInputException {
    if (PdfPageReader.isPdf(bytes)) {
      return pdf.read(bytes, source, hints);
    }
    return List.of(text.parse(bytes, source, hints));
  }
}
