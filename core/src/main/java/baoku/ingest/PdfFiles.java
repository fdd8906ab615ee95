package baoku.ingest;

import baoku.archive.scans.PageScan;
import baoku.page.Page;
import baoku.parse.PageHints;
import baoku.parse.PageInputException;
import baoku.parse.pdf.PdfPageReader;
import baoku.parse.scan.ScanPageReader;
import baoku.render.PageRenderer;
import baoku.render.PageSplitter;
import baoku.render.RenderedPage;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a PDF page file: its pages as the text of each, with the page image, thumbnail and the page
 * alone as a PDF. Everything is made before anything is stored, so a PDF that fails half-way leaves
 * nothing behind. Given the means to OCR, it reads scans too: a PDF without text, and page images.
 */
public final class PdfFiles {
  private final PdfPageReader reader;
  private final PageRenderer renderer;
  private final PageSplitter splitter;
  private final ScanFiles scans;

  public PdfFiles(PdfPageReader reader, PageRenderer renderer, PageSplitter splitter) {
    this(reader, renderer, splitter, null);
  }

  /** A reader that OCRs scans with {@code scans}; {@code null} refuses them. */
  public PdfFiles(
      PdfPageReader reader, PageRenderer renderer, PageSplitter splitter, ScanFiles scans) {
    this.reader = reader;
    this.renderer = renderer;
    this.splitter = splitter;
    this.scans = scans;
  }

  /** A reader with what Baoku ships, OCR-ing scans with {@code scans}. */
  public PdfFiles(ScanFiles scans) {
    this(new PdfPageReader(), new PageRenderer(), new PageSplitter(), scans);
  }

  /** Whether this reads {@code bytes}: a PDF, or an image when it can OCR. */
  public boolean reads(byte[] bytes) {
    return isPdf(bytes) || (scans != null && ScanFiles.isImage(bytes));
  }

  /** A reader with the cues, limits and resolution shipped with Baoku. */
  public PdfFiles() {
    this(new PdfPageReader(), new PageRenderer(), new PageSplitter());
  }

  /** Whether {@code bytes} are a PDF, by their content. */
  public static boolean isPdf(byte[] bytes) {
    return PdfPageReader.isPdf(bytes);
  }

  /**
   * One page of a PDF or scan and what is kept of it; {@code renderMillis} as measured at ingest.
   */
  public record ScannedPage(Page page, PageScan scan, long renderMillis) {}

  public List<ScannedPage> read(byte[] bytes, String source, PageHints hints)
      throws PageInputException {
    if (scans != null && ScanFiles.isImage(bytes)) {
      return scans.read(bytes, source, hints, null);
    }
    List<Page> pages;
    try {
      pages = reader.read(bytes, source, hints);
    } catch (PageInputException e) {
      if (scans != null && ScanPageReader.needsOcr(e)) {
        return scans.read(bytes, source, hints, splitter.split(bytes, source));
      }
      throw e;
    } catch (RuntimeException e) {
      // A parser bug must not end the run: the file is reported like any bad input.
      throw new PageInputException(source, "cannot parse (" + e + ")");
    }
    List<RenderedPage> images = renderer.render(bytes, source);
    List<byte[]> pdfs = splitter.split(bytes, source);
    if (images.size() != pages.size() || pdfs.size() != pages.size()) {
      throw new PageInputException(source, "pages read, rendered and split disagree in number");
    }
    List<ScannedPage> out = new ArrayList<>(pages.size());
    for (int i = 0; i < pages.size(); i++) {
      RenderedPage image = images.get(i);
      PageHints pageHints =
          pages.size() == 1 ? hints : new PageHints(hints.paper(), hints.date(), null);
      out.add(
          new ScannedPage(
              PageFiles.withHints(pages.get(i), source, pageHints),
              new PageScan(image.png(), image.thumbnail(), pdfs.get(i)),
              image.millis()));
    }
    return out;
  }
}
