package baoku.web;

import static baoku.web.TestServer.PAPER;
import static baoku.web.TestServer.enc;
import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.IssueId;
import baoku.archive.analysis.ChineseAnalyzers;
import baoku.archive.contract.ArchiveContract;
import baoku.archive.lucene.LuceneArchive;
import baoku.page.Page;
import baoku.testing.SamplePages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader serves an archive that another handle writes, as {@code baoku serve} does while {@code
 * baoku ingest} runs: what it lists of the whole archive changes with each commit, and only then.
 */
class ServingWhileIngestingTest {
  static final String P = enc(PAPER);
  static final LocalDate NEWEST = LocalDate.of(2024, 9, 16);
  static final LocalDate NEXT = NEWEST.plusDays(1);

  @TempDir Path dir;
  LuceneArchive writer;
  TestServer server;

  @BeforeEach
  void start() {
    writer = LuceneArchive.openForWriting(dir, new ChineseAnalyzers());
    ArchiveContract.putSamples(writer);
    writer.commit();
    server = TestServer.over(LuceneArchive.openForReading(dir, new ChineseAnalyzers()));
  }

  @AfterEach
  void stop() {
    try {
      server.close();
    } finally {
      writer.close();
    }
  }

  String get(String path) {
    var response = server.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

  void putNextIssue() {
    Page page = new SamplePages().page(SamplePages.PAGE_2024);
    Page next =
        new Page(
            page.source(),
            page.issue().withDate(NEXT),
            page.number(),
            page.masthead(),
            page.otherBlocks(),
            page.articles().reversed(),
            page.people());
    writer.put(new IssueId(PAPER, NEXT), List.of(next));
  }

  @Test
  void homeCalendarAndNeighboursFollowEachCommit() {
    assertThat(get("/")).contains("2024年9月16日").doesNotContain("2024-09-17");
    assertThat(get("/" + P + "/2024-09-16")).doesNotContain("下一期");
    assertThat(get("/api/v1/papers")).contains("\"issues\":2");

    putNextIssue();
    assertThat(get("/")).doesNotContain("2024-09-17");
    assertThat(get("/" + P + "/2024-09-16")).doesNotContain("下一期");

    writer.commit();
    String home = get("/");
    assertThat(home)
        .contains("2024年9月17日")
        .contains("data-date=\"2024-09-17\"")
        .contains("href=\"/" + P + "/2024-09-17/1/1\"");
    // The front page of the new issue: its first headline is the 2024 page's last.
    int lead = home.indexOf("同织安全网");
    assertThat(lead).isPositive().isLessThan(home.indexOf("争当干将"));
    assertThat(get("/" + P + "/2024-09-16")).contains("下一期 2024年9月17日");
    assertThat(get("/" + P + "/2024-09-17")).contains("上一期 2024年9月16日");
    assertThat(get("/api/v1/papers")).contains("\"issues\":3");
  }
}
