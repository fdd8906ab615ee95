package baoku.parse;

/**
 * Input that cannot be read as a page: binary, empty, of an unknown encoding, truncated, too large.
 * Its message is one line that names the file and the reason.
 */
public final class PageInputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String reason;

  public PageInputException(String source, String reason) {
    super(source + ": " + reason);
    this.source = source;
    this.reason = reason;
  }

  public String source() {
    return source;
  }

  public String reason() {
    return reason;
  }
}
