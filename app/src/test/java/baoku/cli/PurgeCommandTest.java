package baoku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rerunning, replacing and purging as an operator does, over copies of the sample pages. */
class PurgeCommandTest {
  private static final Path SAMPLES = Path.of("..", "samples");
  private static final Pattern RUN_ID = Pattern.compile("\\(run (\\S+)\\)");

  @TempDir Path archive;
  @TempDir Path inputs;

  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Run ingest(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "ingest";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--archive";
    all[args.length + 2] = archive.toString();
    Run ingest = run(all);
    assertThat(ingest.code()).as(ingest.out() + ingest.err()).isZero();
    return ingest;
  }

  private static String runId(Run ingest) {
    Matcher id = RUN_ID.matcher(ingest.out());
    assertThat(id.find()).as(ingest.out()).isTrue();
    return id.group(1);
  }

  /** The sample page of {@code date} copied to {@code folder} as page {@code number}. */
  private Path copy(String folder, String date, int number) throws IOException {
    Path target = inputs.resolve(folder).resolve("乐山日报").resolve(date);
    Files.createDirectories(target);
    Path file = target.resolve(String.format(java.util.Locale.ROOT, "%02d.txt", number));
    Files.copy(SAMPLES.resolve("乐山日报").resolve(date).resolve("01.txt"), file);
    return file;
  }

  private String stats() {
    return run("stats", "--archive", archive.toString()).out();
  }

  @Test
  void aRerunSkipsWhatIsCommittedAndSaysHowMuch() {
    ingest(SAMPLES.toString(), "--no-enrich");

    Run again = ingest(SAMPLES.toString(), "--no-enrich");

    assertThat(again.out())
        .contains("ingested 0 issues, 0 pages")
        .contains("skipped 2 files already ingested (2 pages; --reparse reads them again)");
    Run reparsed = ingest(SAMPLES.toString(), "--no-enrich", "--reparse");
    assertThat(reparsed.out()).contains("ingested 2 issues, 2 pages").doesNotContain("skipped");
  }

  @Test
  void purgesWhatOneRunAddedThenAPaper() throws IOException {
    String first = runId(ingest(copy("a", "2022-07-23", 1).toString(), "--no-enrich"));
    ingest(copy("b", "2024-09-16", 1).toString(), "--no-enrich");

    Run purge = run("purge", "--run", first, "--archive", archive.toString());

    assertThat(purge.code()).as(purge.err()).isZero();
    assertThat(purge.out())
        .startsWith("purged run " + first + " from " + archive)
        .contains(": 1 pages, ")
        .contains("1 issues removed, 0 kept other pages");
    assertThat(stats()).contains("issues    1").contains("2024-09-16 … 2024-09-16");

    Run paper = run("purge", "--paper", "乐山日报", "--archive", archive.toString());
    assertThat(paper.out()).contains(": 1 pages, ");
    assertThat(stats()).contains("issues    0").contains("pages     0");
  }

  @Test
  void aPurgeThatNamesNothingIsOneLine() {
    Run purge = run("purge", "--archive", archive.toString());
    assertThat(purge.code()).isEqualTo(1);
    assertThat(purge.err().lines())
        .containsExactly("baoku: a purge names a paper, a date range or a run");

    Path nowhere = archive.resolve("no-such-archive");
    Run missing = run("purge", "--paper", "乐山日报", "--archive", nowhere.toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err().lines()).singleElement().asString().startsWith("baoku: no archive at");
    assertThat(nowhere).doesNotExist();
  }

  @Test
  void replaceSwapsTheIssuesTheFilesBringAndKeepsTheOthers() throws IOException {
    copy("first", "2024-09-16", 1);
    copy("first", "2024-09-16", 2);
    copy("first", "2022-07-23", 1);
    ingest(inputs.resolve("first").toString(), "--no-enrich");
    assertThat(stats()).contains("issues    2").contains("pages     3");

    copy("second", "2024-09-16", 1);
    Run replace = ingest(inputs.resolve("second").toString(), "--no-enrich", "--replace");

    assertThat(replace.out()).contains("ingested 1 issues, 1 pages");
    assertThat(stats()).contains("issues    2").contains("pages     2");
  }
}
