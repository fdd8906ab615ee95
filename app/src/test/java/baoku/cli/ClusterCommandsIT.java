package baoku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.opensearch.LocalCluster;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands on a folder and on a cluster, as a user runs them: the sample searches of the
 * archive issue return the same articles in the same order on both, and copy moves an archive
 * between the two stores and back.
 */
class ClusterCommandsIT {
  private static final Path SAMPLES = Path.of("..", "samples");
  @TempDir static Path folders;
  private static LocalCluster cluster;
  private static String folder;
  private static String onCluster;

  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static Run ok(String... args) {
    Run run = run(args);
    assertThat(run.code()).as(String.join(" ", args) + "\n" + run.out() + run.err()).isZero();
    return run;
  }

  @BeforeAll
  static void ingestSamplesIntoBoth() {
    cluster = LocalCluster.start(LocalCluster.Options.of(1));
    folder = folders.resolve("archive").toString();
    onCluster = cluster.url() + "/cli";
    ok("ingest", SAMPLES.toString(), "--archive", folder);
    Run ingest = ok("ingest", SAMPLES.toString(), "--archive", onCluster);
    assertThat(ingest.out()).contains("ingested 2 issues, 2 pages").contains(onCluster);
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  /** The article ids of a search, in order, and its total. */
  private static List<String> search(String archive, String... query) {
    List<String> args = new ArrayList<>(List.of("search", "--format", "json", "--limit", "20"));
    args.addAll(List.of(query));
    args.addAll(List.of("--archive", archive));
    String json = ok(args.toArray(String[]::new)).out();
    List<String> ids = new ArrayList<>();
    Matcher total = Pattern.compile("\"total_hits\" : (\\d+)").matcher(json);
    ids.add("total " + (total.find() ? total.group(1) : "?"));
    Matcher id = Pattern.compile("\"id\" : \"([^\"]+)\"").matcher(json);
    while (id.find()) {
      ids.add(id.group(1));
    }
    return ids;
  }

  @Test
  void theSampleSearchesFindTheSameArticlesInTheSameOrderOnBoth() {
    List<String> silicon = search(onCluster, "颗粒硅");
    assertThat(silicon).isEqualTo(search(folder, "颗粒硅"));
    assertThat(silicon.get(1)).isEqualTo("乐山日报/2022-07-23/1/4");
    assertThat(ok("search", "颗粒硅", "--archive", onCluster).out()).contains("协鑫");

    List<String> maBo = search(onCluster, "马波");
    assertThat(maBo).isEqualTo(search(folder, "马波")).hasSize(4).startsWith("total 3");

    List<String> chen = search(onCluster, "\"陈光浩\"", "--from", "2024-01-01");
    assertThat(chen)
        .isEqualTo(search(folder, "\"陈光浩\"", "--from", "2024-01-01"))
        .hasSize(3)
        .startsWith("total 2");
    assertThat(chen.subList(1, 3)).allMatch(id -> id.startsWith("乐山日报/2024-09-16/"));

    List<String> county = search(onCluster, "峨边彝族自治县");
    assertThat(county).isEqualTo(search(folder, "峨边彝族自治县")).hasSize(2);
    assertThat(ok("search", "峨边彝族自治县", "--archive", onCluster).out()).contains("民族宗教委");
  }

  @Test
  void copiesAnArchiveToTheClusterAndBackUnchanged() throws IOException {
    String copy = cluster.url() + "/cli-copy";
    String back = folders.resolve("back").toString();

    assertThat(ok("copy", "--from", folder, "--to", copy).out())
        .startsWith("copied 2 issues (2 pages, 12 articles)");
    assertThat(ok("copy", "--from", folder, "--to", copy).out())
        .as("a second run finds everything there")
        .startsWith("copied 0 issues")
        .contains("2 already there");
    ok("copy", "--from", copy, "--to", back);

    assertThat(export(back)).isEqualTo(export(folder)).isEqualTo(export(copy)).hasSize(12);
    assertThat(ok("stats", "--archive", copy).out()).contains("articles  12");
  }

  private static List<String> export(String archive) throws IOException {
    Path out = Files.createTempFile(folders, "export", ".jsonl");
    ok("export", "--format", "jsonl", "-o", out.toString(), "--archive", archive);
    return Files.readAllLines(out, StandardCharsets.UTF_8);
  }

  @Test
  void anUnreachableClusterIsOneLineAndAFailure() {
    Run search = run("search", "马波", "--archive", "http://127.0.0.1:1/baoku");
    assertThat(search.code()).isEqualTo(1);
    assertThat(search.err().strip())
        .startsWith("baoku: cannot reach OpenSearch at http://127.0.0.1:1")
        .doesNotContain("\n");
  }

  @Test
  void copyRefusesToCopyAnArchiveOntoItself() {
    Run copy = run("copy", "--from", onCluster, "--to", onCluster);
    assertThat(copy.code()).isEqualTo(1);
    assertThat(copy.err()).contains("name the same archive");
  }
}
