package baoku.web;

/**
 * How the reader is served.
 *
 * @param host the address to bind: loopback unless the operator says otherwise
 * @param port the port, 0 for any free one
 * @param adminToken the token that write endpoints (under {@code /api/v1/admin}) will require, or
 *     {@code null}: then none is open at all
 */
public record ReaderSettings(String host, int port, String adminToken) {
  public static final String LOOPBACK = "127.0.0.1";

  public ReaderSettings {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("not a port: " + port);
    }
    if (adminToken != null && adminToken.isBlank()) {
      adminToken = null;
    }
  }

  public static ReaderSettings loopback(int port) {
    return new ReaderSettings(LOOPBACK, port, null);
  }
}
