package baoku.web;

/** A request parameter the reader cannot use; the message names it and says why: HTTP 400. */
public final class BadParameterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadParameterException(String message) {
    super(message);
  }

  public BadParameterException(String message, Throwable cause) {
    super(message, cause);
  }
}
