package baoku.archive.scans;

/**
 * What is kept of one PDF or scanned page beside its text: the page image, its thumbnail (both PNG)
 * and the page as a one-page PDF ({@code null} for a scanned image).
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
