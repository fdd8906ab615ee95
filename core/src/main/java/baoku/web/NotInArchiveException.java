package baoku.web;

/** The archive holds no issue, page or article under the id asked for: HTTP 404. */
public final class NotInArchiveException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotInArchiveException(String message) {
    super(message);
  }
}
