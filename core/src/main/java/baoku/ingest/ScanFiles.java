package baoku.ingest;

import baoku.archive.scans.PageScan;
import baoku.parse.PageHints;
import baoku.parse.PageInputException;
import baoku.parse.scan.ScanPageReader;
import baoku.render.PageImages;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a scan file — an image, or a PDF without text — by OCR: its pages with the levelled scan as
 * the page image, so the reader shows article zones on the scan. All pages are read before any is
 * stored.
 */
public final class ScanFiles {
  private final ScanPageReader reader;
  private final PageImages images;

  public ScanFiles(ScanPageReader reader, PageImages images) {
    this.reader = reader;
    this.images = images;
  }

  /** Whether {@code bytes} are a PNG, JPEG or TIFF image, by their content. */
  public static boolean isImage(byte[] bytes) {
    return ScanPageReader.isImage(bytes);
  }

  /**
   * The pages of an image file, or of a PDF without text when {@code pdfs} holds its pages as
   * one-page PDFs (else {@code null}).
   */
  public List<PdfFiles.ScannedPage> read(
      byte[] bytes, String source, PageHints hints, List<byte[]> pdfs) throws PageInputException {
    long start = System.nanoTime();
    List<ScanPageReader.ScanPage> pages = reader.read(bytes, source, hints, pdfs != null);
    if (pdfs != null && pdfs.size() != pages.size()) {
      throw new PageInputException(source, "pages read and split disagree in number");
    }
    List<PdfFiles.ScannedPage> out = new ArrayList<>(pages.size());
    for (int i = 0; i < pages.size(); i++) {
      ScanPageReader.ScanPage scan = pages.get(i);
      PageImages.Pair pictures = images.of(scan.image(), source);
      PageHints pageHints =
          pages.size() == 1 ? hints : new PageHints(hints.paper(), hints.date(), null);
      out.add(
          new PdfFiles.ScannedPage(
              PageFiles.withHints(scan.page(), source, pageHints),
              new PageScan(
                  pictures.image(), pictures.thumbnail(), pdfs == null ? null : pdfs.get(i)),
              (System.nanoTime() - start) / 1_000_000 / pages.size()));
    }
    return out;
  }
}
