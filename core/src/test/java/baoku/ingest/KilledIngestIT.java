package baoku.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baoku.archive.ArchiveInUseException;
import baoku.archive.ArchiveStats;
import baoku.archive.IssueSummary;
import baoku.archive.analysis.ChineseAnalyzers;
import baoku.archive.lucene.LuceneArchive;
import baoku.page.Page;
import baoku.page.PageJson;
import baoku.resource.ResourceLoader;
import baoku.testing.SamplePages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a separate ingesting JVM half-way: the archive must open, hold only whole issues, and a
 * second run must finish the job without duplicates, reading only the files whose pages were not
 * committed. While the child writes, a second writer is told the archive is in use.
 */
class KilledIngestIT {
  private static final int ISSUES = 400;
  private static final int PAGES_PER_ISSUE = 2;
  private static final int COMMITS_BEFORE_KILL = 5;

  @TempDir Path inputs;
  @TempDir Path archiveDir;

  private void writeIssues() throws IOException {
    PageJson json = new PageJson();
    Page sample = new SamplePages().page(SamplePages.PAGE_2024);
    LocalDate first = LocalDate.of(2000, 1, 1);
    for (int i = 0; i < ISSUES; i++) {
      LocalDate date = first.plusDays(i);
      for (int number = 1; number <= PAGES_PER_ISSUE; number++) {
        Page page =
            new Page(
                "generated",
                sample.issue().withDate(date),
                number,
                sample.masthead(),
                sample.otherBlocks(),
                sample.articles(),
                sample.people());
        Path file = inputs.resolve("乐山日报/" + date + "/" + number + ".json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, json.write(page, false), StandardCharsets.UTF_8);
      }
    }
  }

  private Process startChild() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "-Dfile.encoding=UTF-8",
            IngestChild.class.getName(),
            archiveDir.toString(),
            inputs.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  @Test
  void aKilledRunLeavesWholeIssuesAndTheNextRunFinishes() throws Exception {
    writeIssues();
    Process child = startChild();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      int commits = 0;
      boolean checkedLock = false;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.equals("opened") && !checkedLock) {
          assertThatThrownBy(() -> LuceneArchive.openForWriting(archiveDir, new ChineseAnalyzers()))
              .isInstanceOf(ArchiveInUseException.class);
          checkedLock = true;
        }
        if (line.startsWith("committed") && ++commits == COMMITS_BEFORE_KILL) {
          break;
        }
      }
      assertThat(checkedLock).isTrue();
      assertThat(commits).isEqualTo(COMMITS_BEFORE_KILL);
    } finally {
      child.destroyForcibly();
      child.waitFor(60, TimeUnit.SECONDS);
    }

    long committedPages;
    try (LuceneArchive reader = LuceneArchive.openForReading(archiveDir, new ChineseAnalyzers())) {
      ArchiveStats stats = reader.stats();
      committedPages = stats.pages();
      assertThat(stats.issues()).isGreaterThanOrEqualTo(COMMITS_BEFORE_KILL);
      assertThat(stats.pages()).isEqualTo(stats.issues() * PAGES_PER_ISSUE);
      List<IssueSummary> issues = reader.issues(SamplePages.PAPER, null, null);
      assertThat(issues).hasSize((int) stats.issues());
      assertThat(issues).allSatisfy(i -> assertThat(i.pageCount()).isEqualTo(PAGES_PER_ISSUE));
    }

    try (LuceneArchive archive = LuceneArchive.openForWriting(archiveDir, new ChineseAnalyzers())) {
      PageJson json = new PageJson();
      List<Path> all = new ArrayList<>();
      try (var files = Files.walk(inputs)) {
        files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(all::add);
      }
      IngestReport report =
          new IngestService(
                  new PageFiles((bytes, source, hints) -> null, json),
                  new PathLayouts(new ResourceLoader()),
                  json,
                  archive,
                  IngestOptions.defaults().withCommitInterval(Duration.ofSeconds(1)))
              .ingest(all, IngestListener.NONE);
      assertThat(report.rejected()).isEmpty();
      // The second run reads only what the first had not committed.
      assertThat(report.skippedPages()).isEqualTo(committedPages);
      assertThat(report.skippedFiles()).isEqualTo(committedPages);
      assertThat(report.pages()).isEqualTo(ISSUES * PAGES_PER_ISSUE - committedPages);
      ArchiveStats stats = archive.stats();
      assertThat(stats.issues()).isEqualTo(ISSUES);
      assertThat(stats.pages()).isEqualTo(ISSUES * PAGES_PER_ISSUE);
      assertThat(stats.articles()).isEqualTo(ISSUES * PAGES_PER_ISSUE * 6L);
    }
  }
}
