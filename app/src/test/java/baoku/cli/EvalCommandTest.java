package baoku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
  }

  private void savedPage(String name, String body) throws Exception {
    String page =
        "{\"issue\": {\"paper\": \"清溪晚报\"}, \"articles\": [{\"title\": \"标题\","
            + " \"authors\": [], \"paragraphs\": [\""
            + body
            + "\"]}]}";
    Files.createDirectories(dir.resolve("gold"));
    Files.createDirectories(dir.resolve("pred"));
    Files.writeString(dir.resolve("gold/" + name + ".gold.json"), page);
    Files.writeString(dir.resolve("pred/" + name + ".json"), page);
  }

  @Test
  void scoresSavedPagesAndEndsWithTheScore() throws Exception {
    savedPage("one", "小城今天下了一场春雨。");
    int code =
        run("eval", dir.resolve("gold").toString(), "--pred", dir.resolve("pred").toString());
    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("one                                         1/1")
        .contains("title")
        .endsWith("score: 1.000\n");
  }

  @Test
  void printsJson() throws Exception {
    savedPage("one", "小城今天下了一场春雨。");
    run("eval", dir.resolve("gold").toString(), "--pred", dir.resolve("pred").toString(), "--json");
    assertThat(out.toString()).contains("\"score\" : 1.0").contains("\"body_exact\" : 1.0");
  }

  @Test
  void saysSoWhenTheFolderHoldsNoGold() throws Exception {
    assertThat(run("eval", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("no gold pages");
  }

  @Test
  void scoresAPageTheParserCannotReadAsEmpty() throws Exception {
    savedPage("bin", "正文");
    Files.write(dir.resolve("gold/bin.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    int code = run("eval", dir.resolve("gold").toString(), "--out", dir.resolve("out").toString());
    assertThat(code).isZero();
    assertThat(out.toString())
        .startsWith("bin: refused: binary data")
        .endsWith("score: 0.250\n"); // captions: none expected
    assertThat(dir.resolve("out/bin.json")).doesNotExist();
  }
}
