package baoku.web;

/** A request parameter the reader cannot use; the message names it and says why: HTTP 400. */
public final class BadParameterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String parameter;
  private final String reason;

  public BadParameterException(String message) {
    this(message, (Throwable) null);
  }

  public BadParameterException(String message, Throwable cause) {
    super(message, cause);
    this.parameter = null;
    this.reason = message;
  }

  private BadParameterException(String parameter, String reason, Throwable cause) {
    super("parameter '" + parameter + "' " + reason, cause);
    this.parameter = parameter;
    this.reason = reason;
  }

  /** {@code parameter} cannot be used: "parameter 'NAME' REASON". */
  public static BadParameterException of(String parameter, String reason) {
    return new BadParameterException(parameter, reason, null);
  }

  public static BadParameterException of(String parameter, String reason, Throwable cause) {
    return new BadParameterException(parameter, reason, cause);
  }

  /** The parameter at fault, or {@code null} where the fault is in several together. */
  public String parameter() {
    return parameter;
  }

  /** What is wrong, without the parameter's name where it has one. */
  public String reason() {
    return reason;
  }
}
