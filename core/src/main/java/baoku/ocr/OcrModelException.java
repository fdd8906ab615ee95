package baoku.ocr;

/** An OCR model that is missing, damaged or cannot be loaded; the message is one line naming it. */
public final class OcrModelException extends Exception {
  private static final long serialVersionUID = 1L;

  public OcrModelException(String message) {
    super(message);
  }
}
