package baoku.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.ArchiveStats;
import baoku.archive.IssueSummary;
import baoku.archive.analysis.ChineseAnalyzers;
import baoku.archive.lucene.LuceneArchive;
import baoku.page.Page;
import baoku.page.PageJson;
import baoku.resource.ResourceLoader;
import baoku.testing.SamplePages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run stopped half-way commits what it stored and says what it left; the next run skips the files
 * whose pages are committed and reads only the rest, so no page is read twice or held twice.
 */
class ResumedIngestTest {
  private static final int ISSUES = 12;
  private static final int STOP_AFTER = 5;

  @TempDir Path inputs;
  @TempDir Path archiveDir;
  private final PageJson json = new PageJson();
  private final List<Path> files = new ArrayList<>();
  private int articlesPerPage;

  @BeforeEach
  void writePages() throws IOException {
    Page sample = new SamplePages().page(SamplePages.PAGE_2024);
    articlesPerPage = sample.articles().size();
    for (int i = 0; i < ISSUES; i++) {
      LocalDate date = LocalDate.of(2001, 1, 1).plusDays(i);
      Page page = sample.withIssue(sample.issue().withDate(date));
      Path file = inputs.resolve(SamplePages.PAPER + "/" + date + "/01.json");
      Files.createDirectories(file.getParent());
      Files.writeString(file, json.write(page, false), StandardCharsets.UTF_8);
      files.add(file);
    }
  }

  private IngestService service(LuceneArchive archive, IngestOptions options) {
    return new IngestService(
        new PageFiles((bytes, source, hints) -> null, json),
        new PathLayouts(new ResourceLoader()),
        json,
        archive,
        // One worker and no commit of its own before the stop: what is committed is what the stop
        // committed.
        options.withThreads(1).withCommitInterval(Duration.ofHours(1)));
  }

  private IngestReport stoppedRun() {
    try (LuceneArchive archive = LuceneArchive.openForWriting(archiveDir, new ChineseAnalyzers())) {
      IngestService service = service(archive, IngestOptions.defaults());
      return service.ingest(
          files,
          new IngestListener() {
            @Override
            public void fileDone(int done) {
              if (done == STOP_AFTER) {
                service.stop();
              }
            }
          });
    }
  }

  @Test
  void aStoppedRunCommitsWhatItStoredAndTheNextSkipsIt() {
    IngestReport first = stoppedRun();

    assertThat(first.stopped()).isTrue();
    assertThat(first.pages()).isEqualTo(STOP_AFTER);
    assertThat(first.unread()).isEqualTo(ISSUES - STOP_AFTER);
    try (LuceneArchive reader = LuceneArchive.openForReading(archiveDir, new ChineseAnalyzers())) {
      assertThat(reader.stats().pages()).isEqualTo(STOP_AFTER);
    }

    try (LuceneArchive archive = LuceneArchive.openForWriting(archiveDir, new ChineseAnalyzers())) {
      IngestReport second =
          service(archive, IngestOptions.defaults()).ingest(files, IngestListener.NONE);

      assertThat(second.stopped()).isFalse();
      assertThat(second.skippedFiles()).isEqualTo(STOP_AFTER);
      assertThat(second.skippedPages()).isEqualTo(STOP_AFTER);
      assertThat(second.pages()).isEqualTo(ISSUES - STOP_AFTER);
      assertThat(second.run()).isNotEqualTo(first.run());
      archive.commit();
      ArchiveStats stats = archive.stats();
      assertThat(stats.issues()).isEqualTo(ISSUES);
      assertThat(stats.pages()).isEqualTo(ISSUES);
      assertThat(stats.articles()).isEqualTo((long) ISSUES * articlesPerPage);
      assertThat(archive.issues(SamplePages.PAPER, null, null))
          .extracting(IssueSummary::pageCount)
          .containsOnly(1);
    }
  }

  @Test
  void aFileChangedSinceIsReadAgainAndReparseReadsEveryFile() throws IOException {
    stoppedRun();
    Path changed = files.get(0);
    Page page = json.read(Files.readString(changed, StandardCharsets.UTF_8));
    Files.writeString(
        changed,
        json.write(page.withArticles(page.articles().subList(0, 1)), false),
        StandardCharsets.UTF_8);

    try (LuceneArchive archive = LuceneArchive.openForWriting(archiveDir, new ChineseAnalyzers())) {
      IngestReport rerun =
          service(archive, IngestOptions.defaults()).ingest(files, IngestListener.NONE);
      assertThat(rerun.skippedFiles()).isEqualTo(STOP_AFTER - 1);
      assertThat(rerun.pages()).isEqualTo(ISSUES - STOP_AFTER + 1);

      IngestReport reparsed =
          service(archive, IngestOptions.defaults().withReparse(true))
              .ingest(files, IngestListener.NONE);
      assertThat(reparsed.skippedFiles()).isZero();
      assertThat(reparsed.pages()).isEqualTo(ISSUES);
      archive.commit();
      assertThat(archive.stats().pages()).isEqualTo(ISSUES);
      assertThat(archive.stats().articles()).isEqualTo((long) (ISSUES - 1) * articlesPerPage + 1);
    }
  }
}
