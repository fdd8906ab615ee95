package baoku.cli;

import baoku.web.ReaderSettings;
import picocli.CommandLine.Option;

/** Where the web reader listens, shared by serve and demo. */
final class ServerOptions {
  static {
    // Jetty and Javalin log their start at INFO; the command prints the one line that matters.
    // Set before any logger exists, which is when slf4j-simple reads them.
    System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
    System.setProperty("org.slf4j.simpleLogger.log.io.javalin", "warn");
  }

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8080",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = ReaderSettings.LOOPBACK,
      description =
          "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 opens it to"
              + " the network).")
  String host;

  @Option(
      names = "--admin-token",
      paramLabel = "TOKEN",
      defaultValue = "${env:BAOKU_ADMIN_TOKEN}",
      description =
          "Token that write endpoints under /api/v1/admin require (default: $BAOKU_ADMIN_TOKEN);"
              + " without one they stay closed.")
  String adminToken;

  ReaderSettings settings() {
    return new ReaderSettings(host, port, adminToken);
  }
}
