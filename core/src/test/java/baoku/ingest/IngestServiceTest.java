package baoku.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.ArchiveStats;
import baoku.archive.IssueId;
import baoku.archive.PaperNames;
import baoku.archive.SearchRequest;
import baoku.archive.analysis.ChineseAnalyzers;
import baoku.archive.lucene.LuceneArchive;
import baoku.page.PageJson;
import baoku.parse.PageParser;
import baoku.resource.ResourceLoader;
import baoku.testing.SamplePages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestServiceTest {
  @TempDir Path inputs;
  @TempDir Path archiveDir;
  private LuceneArchive archive;
  private final ResourceLoader resources = new ResourceLoader();
  private final PageJson json = new PageJson();

  @BeforeEach
  void open() {
    archive = LuceneArchive.openForWriting(archiveDir, new ChineseAnalyzers());
  }

  @AfterEach
  void close() {
    archive.close();
  }

  private IngestReport ingest(List<Path> paths, String paper) {
    return ingestWith(paths, IngestOptions.defaults().withPaper(paper));
  }

  private IngestReport ingestWith(List<Path> paths, IngestOptions options) {
    IngestService service =
        new IngestService(
            new PageFiles(new PageParser(), json),
            new PathLayouts(resources),
            json,
            archive,
            options.withCommitInterval(Duration.ZERO));
    return service.ingest(paths, IngestListener.NONE);
  }

  private Path write(String relative, String text) throws IOException {
    Path file = inputs.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Path sampleText(String relative, String name) throws IOException {
    return write(relative, resources.text("samples/" + name + ".txt"));
  }

  @Test
  void ingestsRawPagesWithDatesFromThePath() throws IOException {
    sampleText("乐山日报/2022-07-23/01.txt", SamplePages.PAGE_2022);
    sampleText("乐山日报/2024-09-16/01.txt", SamplePages.PAGE_2024);

    IngestReport report = ingest(List.of(inputs), null);

    assertThat(report.rejected()).isEmpty();
    assertThat(report.issues()).isEqualTo(2);
    assertThat(report.pages()).isEqualTo(2);
    assertThat(report.articles()).isGreaterThanOrEqualTo(10);
    assertThat(archive.issue(new IssueId("乐山日报", LocalDate.of(2022, 7, 23)))).isPresent();
    assertThat(archive.search(SearchRequest.of("颗粒硅")).hits().get(0).headline()).contains("协鑫");
  }

  @Test
  void aFolderNamedThroughALinkIsWalkedWhereItPoints(@TempDir Path elsewhere) throws IOException {
    sampleText("乐山日报/2022-07-23/01.txt", SamplePages.PAGE_2022);
    Path link = Files.createSymbolicLink(elsewhere.resolve("pages"), inputs);

    IngestReport report = ingest(List.of(link), null);

    assertThat(report.rejected()).isEmpty();
    assertThat(report.pages()).isEqualTo(1);
    assertThat(archive.issue(new IssueId("乐山日报", LocalDate.of(2022, 7, 23)))).isPresent();
  }

  @Test
  void reIngestingReplacesPagesAndNeverDuplicates() throws IOException {
    sampleText("乐山日报/2022-07-23/01.txt", SamplePages.PAGE_2022);
    sampleText("乐山日报/2024-09-16/01.txt", SamplePages.PAGE_2024);
    ingest(List.of(inputs), null);
    ArchiveStats first = archive.stats();

    IngestReport again = ingest(List.of(inputs), null);

    assertThat(again.pages()).isZero();
    assertThat(again.skippedFiles()).isEqualTo(2);
    assertThat(again.skippedPages()).isEqualTo(2);

    IngestReport reparsed = ingestWith(List.of(inputs), IngestOptions.defaults().withReparse(true));

    assertThat(reparsed.pages()).isEqualTo(2);
    assertThat(reparsed.skippedFiles()).isZero();
    ArchiveStats second = archive.stats();
    assertThat(second.articles()).isEqualTo(first.articles());
    assertThat(second.pages()).isEqualTo(2);
    assertThat(second.issues()).isEqualTo(2);
  }

  @Test
  void readsParsedPageJsonAndManifests() throws IOException {
    Path page = write("pages/p.json", new SamplePages().json(SamplePages.PAGE_2024));
    Path text = sampleText("loose/front.txt", SamplePages.PAGE_2022);
    Path manifest =
        write("manifest.csv", "path,paper,date,page\nloose/front.txt,乐山日报,2022-07-23,1\n");

    IngestReport report = ingest(List.of(page, manifest), null);

    assertThat(report.rejected()).isEmpty();
    assertThat(report.issues()).isEqualTo(2);
    assertThat(archive.page(new IssueId("乐山日报", LocalDate.of(2022, 7, 23)).page(1)))
        .hasValueSatisfying(p -> assertThat(text.toString()).endsWith(p.page().source()));
  }

  @Test
  void reportsEveryFileItCannotTakeAndGoesOn() throws IOException {
    sampleText("乐山日报/2024-09-16/01.txt", SamplePages.PAGE_2024);
    sampleText("undated/front.txt", SamplePages.PAGE_2022);
    write("乐山日报/2024-09-17/01.txt", "");
    Path binary = inputs.resolve("乐山日报/2024-09-18/01.txt");
    Files.createDirectories(binary.getParent());
    Files.write(binary, new byte[] {0, 1, 2, 3, (byte) 0xff});
    Path broken = write("broken.json", "{\"articles\": [");
    Path image = write("scan.gif", "not a page");

    IngestReport report =
        ingest(List.of(inputs, broken, image, inputs.resolve("missing.txt")), null);

    assertThat(report.pages()).isEqualTo(1);
    assertThat(report.rejected())
        .extracting(Rejection::toString)
        .anySatisfy(r -> assertThat(r).contains("undated/front.txt: no date"))
        .anySatisfy(r -> assertThat(r).contains("2024-09-17/01.txt: empty file"))
        .anySatisfy(r -> assertThat(r).contains("2024-09-18/01.txt: binary data"))
        .anySatisfy(r -> assertThat(r).contains("broken.json: not a parsed page"))
        .anySatisfy(r -> assertThat(r).contains("scan.gif: not a page file"))
        .anySatisfy(r -> assertThat(r).contains("missing.txt: no such file"))
        .hasSize(6);
  }

  @Test
  void theSamePageTwiceInOneIssueIsReported() throws IOException {
    sampleText("乐山日报/2024-09-16/01.txt", SamplePages.PAGE_2024);
    sampleText("乐山日报/2024-09-16/1.txt", SamplePages.PAGE_2024);

    IngestReport report = ingest(List.of(inputs), null);

    assertThat(report.pages()).isEqualTo(1);
    assertThat(report.rejected()).singleElement().asString().contains("is also in");
  }

  @Test
  void twoFilesOfTheSamePageFromDifferentPlacesAreReportedAndTheFirstNamedIsKept()
      throws IOException {
    Path first = sampleText("乐山日报/2024-09-16/01.txt", SamplePages.PAGE_2024);
    // The folder names another paper, but the masthead prints 乐山日报: the same page, here with
    // one name changed to tell the two apart.
    Path second =
        write(
            "copies/其他/2024-09-16/01.txt",
            resources.text("samples/" + SamplePages.PAGE_2024 + ".txt").replace("陈光浩", "陈光明"));

    IngestReport report = ingest(List.of(first, second), null);

    assertThat(report.pages()).isEqualTo(1);
    assertThat(report.rejected())
        .singleElement()
        .hasToString(second + ": page 1 of 乐山日报/2024-09-16 is also in " + first);
    assertThat(archive.search(SearchRequest.of("陈光明")).totalHits()).isZero();

    IngestReport reversed =
        ingestWith(List.of(second, first), IngestOptions.defaults().withReparse(true));

    assertThat(reversed.pages()).isEqualTo(1);
    assertThat(reversed.rejected())
        .singleElement()
        .hasToString(first + ": page 1 of 乐山日报/2024-09-16 is also in " + second);
    assertThat(archive.search(SearchRequest.of("陈光浩")).totalHits()).isZero();
    assertThat(archive.stats().pages()).isEqualTo(1);
  }

  /** A page that prints no masthead: what it is comes from a manifest, side file or path. */
  static final String ARTICLE_ONLY =
      """
      赵波主持召开全市经济运行工作推进会议

      本报讯（记者 付小惠）9月14日，全市经济运行工作推进会议召开，分析研判经济形势，安排部署当前\
      重点工作，市委书记赵波主持会议并讲话。

      市委副书记、市长陈光浩出席会议并讲话，市委副书记陈扬杰出席。
      """;

  @Test
  void aRecordNamingABadPaperIsOneRejectionAndTheRestGoesIn() throws IOException {
    sampleText("乐山日报/2024-09-16/01.txt", SamplePages.PAGE_2024);
    write("listed/a.txt", ARTICLE_ONLY);
    Path manifest =
        write("manifest.csv", "path,paper,date,page\nlisted/a.txt,人民日报/海外版,2024-01-02,1\n");
    write("side/b.txt", ARTICLE_ONLY);
    write("side/b.meta.json", "{\"paper\": \"人民日报/海外版\", \"date\": \"2024-01-02\", \"page\": 2}");
    Path parsed =
        write(
            "parsed.json",
            new SamplePages().json(SamplePages.PAGE_2022).replace("乐山日报", "人民日报/海外版"));

    IngestReport report =
        ingest(
            List.of(inputs.resolve("乐山日报"), manifest, inputs.resolve("side/b.txt"), parsed), null);

    assertThat(report.pages()).isEqualTo(1);
    assertThat(archive.issue(new IssueId("乐山日报", LocalDate.of(2024, 9, 16)))).isPresent();
    assertThat(report.rejected())
        .extracting(Rejection::toString)
        .anySatisfy(r -> assertThat(r).contains("listed/a.txt: '人民日报/海外版' is not a paper name"))
        .anySatisfy(r -> assertThat(r).contains("side/b.txt: '人民日报/海外版' is not a paper name"))
        .anySatisfy(r -> assertThat(r).contains("parsed.json: '人民日报/海外版' is not a paper name"))
        .hasSize(3);
  }

  @Test
  void aPaperNameTheReaderCannotServeIsRejectedWithItsReason() throws IOException {
    String longest = "报".repeat(PaperNames.MAX_CHARS);
    for (String name : List.of("a", "b", "c", "d")) {
      write("listed/" + name + ".txt", ARTICLE_ONLY);
    }
    Path manifest =
        write(
            "manifest.csv",
            "path,paper,date,page\n"
                + "listed/a.txt,"
                + longest
                + "报,2024-01-02,1\n"
                + "listed/b.txt,..,2024-01-02,1\n"
                + "listed/c.txt,.,2024-01-02,1\n"
                + "listed/d.txt,"
                + longest
                + ",2024-01-02,1\n");

    IngestReport report = ingest(List.of(manifest), null);

    assertThat(report.pages()).isEqualTo(1);
    assertThat(archive.issue(new IssueId(longest, LocalDate.of(2024, 1, 2)))).isPresent();
    assertThat(report.rejected())
        .extracting(Rejection::toString)
        .anySatisfy(r -> assertThat(r).contains("a.txt: '").contains("101 characters long"))
        .anySatisfy(r -> assertThat(r).contains("b.txt: '..' is not a paper name"))
        .anySatisfy(r -> assertThat(r).contains("c.txt: '.' is not a paper name"))
        .hasSize(3);
  }

  @Test
  void aPageOfOneLineOfAMillionCharactersGoesIn() throws IOException {
    String sentence = "市委书记赵波在峨眉山市调研项目建设。";
    String line = sentence.repeat(1_000_000 / sentence.length() + 1);
    write("乐山日报/2024-09-16/01.txt", "峨眉山市调研纪实\n\n" + line + "\n");

    IngestReport report = ingest(List.of(inputs), null);

    assertThat(report.rejected()).isEmpty();
    assertThat(report.pages()).isEqualTo(1);
    var stored = archive.page(new IssueId("乐山日报", LocalDate.of(2024, 9, 16)).page(1));
    assertThat(stored.orElseThrow().page().articles())
        .anySatisfy(a -> assertThat(String.join("", a.paragraphs())).isEqualTo(line));
    assertThat(archive.search(SearchRequest.of("赵波 峨眉山市")).totalHits()).isEqualTo(1);
  }

  @Test
  void textThatIsNoNewspaperGoesInWithAWarningOrIsRejectedWhenStrict() throws IOException {
    sampleText("乐山日报/2024-09-16/01.txt", SamplePages.PAGE_2024);
    Path readme =
        write("乐山日报/2024-09-17/01.txt", "# Baoku\n\nA digital archive for Chinese newspapers.\n");
    Path source = write("乐山日报/2024-09-18/01.txt", "package baoku;\n\npublic final class Main {}\n");
    String doubt =
        ": too little Chinese text, or neither masthead nor article: not a newspaper page?";

    IngestReport report = ingest(List.of(inputs), null);

    assertThat(report.rejected()).isEmpty();
    assertThat(report.pages()).isEqualTo(3);
    assertThat(report.warned())
        .extracting(Warning::toString)
        .containsExactly(
            readme + doubt + " (stored empty; --strict rejects it)",
            source + doubt + " (stored empty; --strict rejects it)");

    IngestReport strict = ingestWith(List.of(inputs), IngestOptions.defaults().withStrict(true));

    assertThat(strict.warned()).isEmpty();
    assertThat(strict.pages()).isEqualTo(1);
    assertThat(strict.rejected())
        .extracting(Rejection::toString)
        .containsExactly(readme + doubt + " (--strict)", source + doubt + " (--strict)");
  }

  @Test
  void aFileNamedWithoutItsPageNumberIsRejectedForThatNotForTheDate() throws IOException {
    Path copy = write("乐山日报/2024-09-16/01 copy.txt", ARTICLE_ONLY);

    IngestReport report = ingest(List.of(inputs), null);

    assertThat(report.rejected())
        .singleElement()
        .hasToString(
            copy
                + ": no page number: the page prints none, and neither a manifest nor the file"
                + " name ('01 copy.txt'; NN.txt, pN.txt, 第N版.txt) gives one");
  }

  @Test
  void aLineBreakInAFileNameIsEscapedInItsRejection() throws IOException {
    Path empty = write("乐山日报/2024-09-16/01\n02.txt", "");

    IngestReport report = ingest(List.of(empty), null);

    assertThat(report.rejected())
        .singleElement()
        .hasToString(inputs + "/乐山日报/2024-09-16/01\\n02.txt: empty file");
  }
}
