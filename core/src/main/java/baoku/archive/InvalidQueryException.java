package baoku.archive;

/** A search query that cannot be read; the message says where and why. */
public final class InvalidQueryException extends ArchiveException {
  private static final long serialVersionUID = 1L;

  public InvalidQueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
