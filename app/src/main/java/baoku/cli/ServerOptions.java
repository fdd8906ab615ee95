package baoku.cli;

import baoku.web.ReaderSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine.Option;

/** Where the web reader listens, shared by serve and demo. */
final class ServerOptions {
  private static final String TOKEN_VARIABLE = "BAOKU_ADMIN_TOKEN";

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
      names = "--admin-token-file",
      paramLabel = "FILE",
      description =
          "File that holds the token write endpoints under /api/v1/admin require (default: the"
              + " token in $BAOKU_ADMIN_TOKEN); without one they stay closed.")
  Path adminTokenFile;

  @Option(
      names = "--admin-token",
      paramLabel = "TOKEN",
      description =
          "The token itself; other users of the machine see it in the process list, so prefer"
              + " --admin-token-file or $BAOKU_ADMIN_TOKEN.")
  String adminToken;

  /** Where the token comes from: {@code --admin-token-file}, else the environment. */
  private final Function<String, String> environment;

  /** The options as picocli fills them, the token's default from the process environment. */
  ServerOptions() {
    this(System::getenv);
  }

  ServerOptions(Function<String, String> environment) {
    this.environment = environment;
  }

  ReaderSettings settings() {
    return new ReaderSettings(host, port, adminToken());
  }

  private String adminToken() {
    if (adminTokenFile != null && adminToken != null) {
      throw new IllegalArgumentException(
          "--admin-token and --admin-token-file: give one, not both");
    }
    if (adminToken != null) {
      return adminToken;
    }
    if (adminTokenFile == null) {
      return environment.apply(TOKEN_VARIABLE);
    }
    String token;
    try {
      token = Files.readString(adminTokenFile, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "--admin-token-file " + adminTokenFile + ": cannot read (" + Main.oneLine(e) + ")", e);
    }
    if (token.isEmpty() || token.lines().count() > 1) {
      throw new IllegalArgumentException(
          "--admin-token-file " + adminTokenFile + ": must hold the token on one line");
    }
    return token;
  }
}
