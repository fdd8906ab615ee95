package baoku.web;

/**
 * A request parameter the reader cannot use; the message names it and says why: HTTP 400. The
 * message is in Chinese, as the reader speaks; {@link #englishReason} is the same for the English
 * command line, which checks its options through the same {@link SearchQuery}.
 */
public final class BadParameterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String parameter;
  private final String reason;
  private final String englishReason;

  public BadParameterException(String message) {
    this(message, message);
  }

  /** A fault in several parameters together, said in Chinese and in English. */
  public BadParameterException(String message, String english) {
    super(message);
    this.parameter = null;
    this.reason = message;
    this.englishReason = english;
  }

  private BadParameterException(String parameter, String reason, String english, Throwable cause) {
    super("参数 " + parameter + " " + reason, cause);
    this.parameter = parameter;
    this.reason = reason;
    this.englishReason = english;
  }

  /** {@code parameter} cannot be used: "参数 NAME REASON". */
  public static BadParameterException of(String parameter, String reason) {
    return new BadParameterException(parameter, reason, reason, null);
  }

  /** The same, with the reason in English too. */
  public static BadParameterException of(String parameter, String reason, String english) {
    return new BadParameterException(parameter, reason, english, null);
  }

  public static BadParameterException of(
      String parameter, String reason, String english, Throwable cause) {
    return new BadParameterException(parameter, reason, english, cause);
  }

  /** The parameter at fault, or {@code null} where the fault is in several together. */
  public String parameter() {
    return parameter;
  }

  /** What is wrong, without the parameter's name where it has one. */
  public String reason() {
    return reason;
  }

  /** What is wrong, in English, for the command line. */
  public String englishReason() {
    return englishReason;
  }
}
