package baoku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backing up an archive of the sample pages and restoring it, as an operator does. */
class BackupCommandTest {
  private static final Path SAMPLES = Path.of("..", "samples");

  @TempDir Path folders;

  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** What stats says, without the lines naming the folder and its size. */
  private static String held(Path archive) {
    return run("stats", "--archive", archive.toString())
        .out()
        .lines()
        .filter(line -> !line.startsWith("archive") && !line.startsWith("size"))
        .reduce("", (a, b) -> a + b + "\n");
  }

  @Test
  void aRestoredBackupHoldsWhatTheArchiveHeld() {
    Path archive = folders.resolve("archive");
    Path backup = folders.resolve("backup");
    Path restored = folders.resolve("restored");
    assertThat(run("ingest", SAMPLES.toString(), "--archive", archive.toString()).code()).isZero();

    Run backedUp = run("backup", "--archive", archive.toString(), "--to", backup.toString());
    assertThat(backedUp.code()).as(backedUp.err()).isZero();
    assertThat(backedUp.out()).startsWith("backed up " + archive + " (commit ");

    Run restore = run("restore", backup.toString(), "--archive", restored.toString());
    assertThat(restore.code()).as(restore.err()).isZero();
    assertThat(restore.out()).startsWith("restored 2 issues, 2 pages, ");
    assertThat(held(restored)).isEqualTo(held(archive)).contains("issues    2");
    assertThat(run("search", "颗粒硅", "--archive", restored.toString()).out())
        .isEqualTo(run("search", "颗粒硅", "--archive", archive.toString()).out());

    Run again = run("restore", backup.toString(), "--archive", restored.toString());
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err().lines())
        .singleElement()
        .asString()
        .endsWith("is not empty: name a new folder");
  }
}
