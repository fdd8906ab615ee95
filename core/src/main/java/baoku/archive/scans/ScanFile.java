package baoku.archive.scans;

/** The files kept for a page that came as a PDF, each with its name suffix and content type. */
public enum ScanFile {
  IMAGE(".png", "image/png"),
  THUMBNAIL("-thumb.png", "image/png"),
  PDF(".pdf", "application/pdf");

  private final String suffix;
  private final String contentType;

  ScanFile(String suffix, String contentType) {
    this.suffix = suffix;
    this.contentType = contentType;
  }

  public String suffix() {
    return suffix;
  }

  public String contentType() {
    return contentType;
  }
}
