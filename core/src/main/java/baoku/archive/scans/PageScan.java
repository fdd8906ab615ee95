package baoku.archive.scans;

/**
 * What is kept of one PDF page beside its text: the page image, its thumbnail (both PNG) and the
 * page as a one-page PDF.
 */
public record PageScan(byte[] image, byte[] thumbnail, byte[] pdf) {
  byte[] bytes(ScanFile file) {
    return switch (file) {
      case IMAGE -> image;
      case THUMBNAIL -> thumbnail;
      case PDF -> pdf;
    };
  }
}
