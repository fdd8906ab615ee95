package baoku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.web.SearchQuery;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive commands over the repository's sample pages, as a user runs them. */
class ArchiveCommandsTest {
  @TempDir static Path archive;
  private static final Path SAMPLES = Path.of("..", "samples");

  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void ingestSamples() {
    Run ingest = run("ingest", SAMPLES.toString(), "--archive", archive.toString());
    assertThat(ingest.code()).as(ingest.out() + ingest.err()).isZero();
    assertThat(ingest.out()).contains("ingested 2 issues, 2 pages");
  }

  @Test
  void searchMarksMatchesInText() {
    Run search = run("search", "颗粒硅", "--archive", archive.toString());
    assertThat(search.code()).isZero();
    assertThat(search.out())
        .startsWith("1 article match 颗粒硅")
        .contains("【颗粒硅】")
        .contains("paper: 乐山日报 1");
  }

  @Test
  void searchFiltersByDateAndWritesJson() {
    Run search =
        run(
            "search",
            "陈光浩",
            "--from",
            "2024-01-01",
            "--format",
            "json",
            "--archive",
            archive.toString());
    assertThat(search.out())
        .contains("\"total_hits\" : 2")
        .contains("<mark>陈光浩</mark>")
        .contains("\"id\" : \"乐山日报/2024-09-16/1/");
  }

  @Test
  void aPaperNameTheArchiveCannotHoldIsRefusedAtOnce(@TempDir Path other) {
    Run ingest = run("ingest", SAMPLES.toString(), "--paper", "..", "--archive", other.toString());
    assertThat(ingest.code()).isEqualTo(1);
    assertThat(ingest.err().lines())
        .singleElement()
        .asString()
        .startsWith("baoku: --paper: '..' is not a paper name");
  }

  @Test
  void searchKeepsTheReadersBoundsAndSaysWhichItPassed() {
    String deep = "(".repeat(3_000) + "陈光浩" + ")".repeat(3_000);
    Run nested = run("search", deep, "--archive", archive.toString());
    assertThat(nested.code()).isEqualTo(1);
    assertThat(nested.err().lines())
        .containsExactly(
            "baoku: QUERY is longer than " + SearchQuery.MAX_QUERY_CHARS + " characters");

    Run far = run("search", "陈光浩", "--offset", "999999999", "--archive", archive.toString());
    assertThat(far.code()).isEqualTo(1);
    assertThat(far.err().lines())
        .containsExactly(
            "baoku: --offset must be from 0 to " + SearchQuery.MAX_OFFSET + ": 999999999");

    Run withinBounds =
        run(
            "search",
            "(".repeat(40) + "陈光浩" + ")".repeat(40),
            "--offset",
            String.valueOf(SearchQuery.MAX_OFFSET),
            "--archive",
            archive.toString());
    assertThat(withinBounds.code()).as(withinBounds.err()).isZero();
  }

  @Test
  void textThatIsNoNewspaperIsNamedInTheSummaryOrRejectedWhenStrict(@TempDir Path dir)
      throws IOException {
    Path readme = dir.resolve("pages/乐山日报/2024-09-17/01.txt");
    Files.createDirectories(readme.getParent());
    Files.copy(Path.of("..", "README.md"), readme);
    String other = dir.resolve("archive").toString();

    Run lenient = run("ingest", dir.resolve("pages").toString(), "--archive", other, "--no-enrich");

    assertThat(lenient.code()).as(lenient.out()).isZero();
    assertThat(lenient.out())
        .contains("ingested 1 issues, 1 pages, 0 articles")
        .contains("1 files that read as no newspaper page, stored as empty pages:\n")
        .contains(
            "  "
                + readme
                + ": too little Chinese text, or neither masthead nor article: not a newspaper page?");

    Run strict =
        run(
            "ingest",
            dir.resolve("pages").toString(),
            "--archive",
            other,
            "--no-enrich",
            "--strict");

    assertThat(strict.code()).isEqualTo(1);
    assertThat(strict.out())
        .contains("ingested 0 issues, 0 pages")
        .contains(
            "rejected 1 files:\n  "
                + readme
                + ": too little Chinese text, or neither masthead nor article");
  }

  @Test
  void aBadQueryIsOneLine() {
    Run search = run("search", "title:(", "--archive", archive.toString());
    assertThat(search.code()).isEqualTo(1);
    assertThat(search.err()).startsWith("baoku: cannot read query").doesNotContain("\tat ");
  }

  @Test
  void exportsCsvAndJsonLines(@TempDir Path out) throws IOException {
    Path csv = out.resolve("a.csv");
    assertThat(
            run("export", "--format", "csv", "-o", csv.toString(), "--archive", archive.toString())
                .code())
        .isZero();
    assertThat(Files.readString(csv, StandardCharsets.UTF_8))
        .startsWith("id,logical_id,paper,date,page,ordinal,")
        .contains("乐山日报/2022-07-23/1/1");
    Path jsonl = out.resolve("a.jsonl");
    run(
        "export",
        "--format",
        "jsonl",
        "--author",
        "张清",
        "-o",
        jsonl.toString(),
        "--archive",
        archive.toString());
    assertThat(Files.readAllLines(jsonl, StandardCharsets.UTF_8))
        .hasSize(3)
        .allSatisfy(
            line -> assertThat(line).startsWith("{\"id\":").contains("\"authors\":[\"张清\"]"));
  }

  @Test
  void searchFiltersByPersonAndCountsPeople() {
    Run search = run("search", "--person", "陈光浩", "--archive", archive.toString());
    assertThat(search.code()).as(search.err()).isZero();
    assertThat(search.out()).contains("person: ").contains("陈光浩");
  }

  @Test
  void peopleListsNamesAndOnePersonsTitles() {
    Run all = run("people", "--archive", archive.toString());
    assertThat(all.out()).contains("陈光浩\tofficial");
    Run chen = run("people", "陈光浩", "--archive", archive.toString());
    assertThat(chen.out())
        .contains("市委副书记\t2022-07-23 – 2024-09-16")
        .contains("市长\t2022-07-23 – 2024-09-16")
        .contains("2024-09-16 第1版");
    assertThat(run("people", "无此人", "--archive", archive.toString()).code()).isEqualTo(1);
  }

  @Test
  void officialsSayWhoHeldAPostWhen() {
    Run officials = run("officials", "市委书记", "--archive", archive.toString());
    assertThat(officials.out())
        .isEqualToNormalizingNewlines("市委\n  书记\t马波\t2022-07-23\n  书记\t赵波\t2024-09-16\n");
  }

  @Test
  void officialsWithoutATitleListEveryPostByOrganisation() {
    Run officials = run("officials", "--archive", archive.toString());
    assertThat(officials.code()).as(officials.err()).isZero();
    assertThat(officials.out())
        .contains("市委\n")
        .contains("  书记\t马波\t2022-07-23\n")
        .contains("  副书记\t陈光浩\t2022-07-23 – 2024-09-16\n")
        .contains("(no organisation printed)\n")
        .contains("  市长\t陈光浩\t2022-07-23 – 2024-09-16\n");
    // Posts printed without their organisation come last.
    assertThat(officials.out().indexOf("(no organisation printed)"))
        .isGreaterThan(officials.out().indexOf("市委\n"))
        .isLessThan(officials.out().indexOf("  市长\t陈光浩"));
  }

  @Test
  void anArchiveMadeBeforePeopleWereIndexedSaysSoInOneLine(@TempDir Path old) throws IOException {
    // What an older Baoku left: a committed index without the people index's mark.
    try (var directory = FSDirectory.open(Files.createDirectories(old.resolve("index")));
        var writer = new IndexWriter(directory, new IndexWriterConfig())) {
      writer.commit();
    }
    Run people = run("people", "陈光浩", "--archive", old.toString());
    assertThat(people.code()).isEqualTo(1);
    assertThat(people.err())
        .startsWith("baoku: archive " + old + " was built before people were indexed")
        .contains("baoku copy --from " + old)
        .hasLineCount(1);
    assertThat(run("officials", "--archive", old.toString()).err())
        .contains("before people were indexed");
  }

  @Test
  void statsSayWhatIsHeld() {
    Run stats = run("stats", "--archive", archive.toString());
    assertThat(stats.out())
        .contains("乐山日报  2 issues, 2022-07-23 … 2024-09-16")
        .contains("pages     2");
  }

  @Test
  void ingestReportsUndatedPagesAndExitsNonZero(@TempDir Path loose, @TempDir Path other)
      throws IOException {
    Files.copy(SAMPLES.resolve("乐山日报/2022-07-23/01.txt"), loose.resolve("front.txt"));
    Run ingest = run("ingest", loose.toString(), "--paper", "乐山日报", "--archive", other.toString());
    assertThat(ingest.code()).isEqualTo(1);
    assertThat(ingest.out()).contains("rejected 1 files:").contains("front.txt: no date");
  }

  @Test
  void searchingWhereNothingWasIngestedSaysSo(@TempDir Path empty) {
    Run search = run("search", "乐山", "--archive", empty.resolve("none").toString());
    assertThat(search.code()).isEqualTo(1);
    assertThat(search.err()).contains("no archive at");
  }
}
