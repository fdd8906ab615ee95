package baoku.parse.scan;

import baoku.ocr.OcrModelException;
import baoku.ocr.OcrResult;
import baoku.ocr.OcrService;
import baoku.page.Page;
import baoku.parse.PageHints;
import baoku.parse.PageInputException;
import baoku.parse.pdf.PdfLoader;
import baoku.parse.pdf.PdfPageReader;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads scanned pages — PNG, JPEG, TIFF images and PDFs without text — by OCR, into the same pages
 * the PDF path makes: OCR's lines become placed characters, and the PDF path's lines, blocks,
 * reading order and articles do the rest. A file of several images is an issue, numbered in order.
 */
public final class ScanPageReader {
  /** An image narrower than this (pixels, shorter side) is no page of a newspaper. */
  private static final int MIN_SIDE = 600;

  /** A page on which OCR reads fewer characters than this is no page of a newspaper. */
  private static final int MIN_CHARACTERS = 30;

  private final OcrService ocr;
  private final PdfPageReader pages;
  private final ScanImages images;
  private final OcrLayout layout = new OcrLayout();

  public ScanPageReader(OcrService ocr, PdfPageReader pages, PdfLoader pdfs) {
    this.ocr = ocr;
    this.pages = pages;
    this.images = new ScanImages(ocr.settings().maxPixels(), pdfs);
  }

  /**
   * One scanned page read.
   *
   * @param image the page as read (levelled), for the reader to show
   * @param notes what the reader should know (read smaller, vertical lines not read)
   */
  public record ScanPage(Page page, BufferedImage image, List<String> notes) {
    public ScanPage {
      notes = List.copyOf(notes);
    }
  }

  /** Whether {@code bytes} are a PNG, JPEG or TIFF image, by their content. */
  public static boolean isImage(byte[] bytes) {
    return ScanImages.isImage(bytes);
  }

  /** Whether a PDF's refusal means it is a scan that OCR can read. */
  public static boolean needsOcr(PageInputException refusal) {
    return refusal.reason().endsWith(PdfPageReader.NO_TEXT_LAYER);
  }

  /** Reads an image file, or a PDF when {@code pdf}, page by page; all pages or none. */
  public List<ScanPage> read(byte[] bytes, String source, PageHints hints, boolean pdf)
      throws PageInputException {
    List<ScanImage> scans = pdf ? images.rendered(bytes, source) : images.images(bytes, source);
    List<ScanPage> out = new ArrayList<>(scans.size());
    for (int i = 0; i < scans.size(); i++) {
      String where = scans.size() == 1 ? "" : "page " + (i + 1) + ": ";
      out.add(page(scans.get(i), source, where, hints, number(hints, i, scans.size())));
    }
    return out;
  }

  private ScanPage page(
      ScanImage scan, String source, String where, PageHints hints, Integer number)
      throws PageInputException {
    BufferedImage image = scan.image();
    if (Math.min(image.getWidth(), image.getHeight()) < MIN_SIDE) {
      throw new PageInputException(
          source,
          where
              + "image of "
              + image.getWidth()
              + "×"
              + image.getHeight()
              + " pixels is too small for a newspaper page");
    }
    OcrResult result;
    try {
      result = ocr.engine().read(image, scan.dpi());
    } catch (OcrModelException e) {
      throw new PageInputException(source, "cannot OCR: " + e.getMessage());
    } catch (RuntimeException e) {
      throw new PageInputException(source, where + "OCR failed (" + e.getMessage() + ")");
    }
    int characters = result.lines().stream().mapToInt(l -> l.chars().size()).sum();
    if (characters < MIN_CHARACTERS) {
      throw new PageInputException(
          source, where + "OCR found " + characters + " characters of text: no newspaper page");
    }
    List<String> notes = new ArrayList<>();
    if (scan.note() != null) {
      notes.add(scan.note());
    }
    if (result.verticalLines() > 0) {
      notes.add(where + result.verticalLines() + " lines set vertically (竖排) found, not read");
    }
    OcrLayout.Laid laid = layout.lay(result, OcrService.ENGINE, notes);
    Page page;
    try {
      page = pages.read(laid.size(), laid.glyphs(), source, hints, number).withOcr(laid.ocr());
    } catch (RuntimeException e) {
      throw new PageInputException(source, where + "cannot parse (" + e + ")");
    }
    return new ScanPage(page, result.page(), notes);
  }

  private static Integer number(PageHints hints, int index, int count) {
    if (count == 1) {
      return hints.page();
    }
    return (hints.page() != null ? hints.page() : 1) + index;
  }
}
