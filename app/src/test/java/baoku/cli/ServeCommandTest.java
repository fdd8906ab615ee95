package baoku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.analysis.ChineseAnalyzers;
import baoku.archive.lucene.LuceneArchive;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  @TempDir Path archive;

  @Test
  void aPortInUseIsOneLineNamingIt() throws IOException {
    try (LuceneArchive empty = LuceneArchive.openForWriting(archive, new ChineseAnalyzers())) {
      empty.commit();
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    PrintStream stderr = System.err;
    int code;
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
      try {
        code =
            Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(
                    "serve",
                    "--archive",
                    archive.toString(),
                    "--port",
                    String.valueOf(taken.getLocalPort()));
      } finally {
        System.setErr(stderr);
      }
      assertThat(logged.toString(StandardCharsets.UTF_8)).isEmpty();
      assertThat(code).isEqualTo(1);
      assertThat(err.toString().lines())
          .singleElement()
          .asString()
          .startsWith("baoku: cannot listen on 127.0.0.1:" + taken.getLocalPort() + " (");
    }
    assertThat(out.toString()).isEmpty();
  }
}
