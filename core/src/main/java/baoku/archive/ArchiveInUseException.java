package baoku.archive;

/** Another process is writing to the archive; only one writer at a time may open it. */
public final class ArchiveInUseException extends ArchiveException {
  private static final long serialVersionUID = 1L;

  public ArchiveInUseException(String message, Throwable cause) {
    super(message, cause);
  }
}
