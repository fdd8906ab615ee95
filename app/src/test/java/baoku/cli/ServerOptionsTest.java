package baoku.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The admin token comes from a file or the environment, where no process list shows it. */
class ServerOptionsTest {
  @TempDir Path dir;

  @Command(name = "serve")
  static final class Serve {
    @Mixin ServerOptions server = new ServerOptions(Map.of("BAOKU_ADMIN_TOKEN", "from-env")::get);
  }

  @Command(name = "serve")
  static final class ServeWithoutEnvironment {
    @Mixin ServerOptions server = new ServerOptions(name -> null);
  }

  private static ServerOptions parse(Object command, String... args) {
    new CommandLine(command).parseArgs(args);
    return command instanceof Serve s ? s.server : ((ServeWithoutEnvironment) command).server;
  }

  @Test
  void theTokenComesFromAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("token"), "s3cret-token\n");
    ServerOptions options = parse(new Serve(), "--admin-token-file", file.toString());
    assertThat(options.settings().adminToken()).isEqualTo("s3cret-token");
  }

  @Test
  void theTokenComesFromTheEnvironmentWhenNoOptionGivesIt() {
    assertThat(parse(new Serve()).settings().adminToken()).isEqualTo("from-env");
    assertThat(parse(new ServeWithoutEnvironment()).settings().adminToken()).isNull();
    assertThat(parse(new Serve(), "--admin-token", "typed").settings().adminToken())
        .isEqualTo("typed");
  }

  @Test
  void aTokenFileThatCannotServeIsOneLineNamingIt() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty"), "\n");
    assertThatThrownBy(() -> parse(new Serve(), "--admin-token-file", empty.toString()).settings())
        .hasMessage("--admin-token-file " + empty + ": must hold the token on one line");
    Path missing = dir.resolve("missing");
    assertThatThrownBy(
            () -> parse(new Serve(), "--admin-token-file", missing.toString()).settings())
        .hasMessageStartingWith("--admin-token-file " + missing + ": cannot read");
    Path file = Files.writeString(dir.resolve("token"), "t");
    assertThatThrownBy(
            () ->
                parse(new Serve(), "--admin-token", "x", "--admin-token-file", file.toString())
                    .settings())
        .hasMessage("--admin-token and --admin-token-file: give one, not both");
  }
}
