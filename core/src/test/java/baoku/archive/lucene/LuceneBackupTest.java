package baoku.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baoku.archive.ArchiveException;
import baoku.archive.IssueId;
import baoku.archive.IssueSummary;
import baoku.archive.PageSummary;
import baoku.archive.SearchRequest;
import baoku.archive.analysis.ChineseAnalyzers;
import baoku.page.Page;
import baoku.testing.SamplePages;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups taken while a writer puts and commits issues: by the writer itself (a snapshot) and by a
 * reader in its place (another process's view). Each restores to an archive whose every issue and
 * page equals the source's.
 */
class LuceneBackupTest {
  private static final int COMMITTED_BEFORE = 10;
  private static final int WRITTEN_DURING = 60;

  @TempDir Path folders;
  private final ChineseAnalyzers analyzers = new ChineseAnalyzers();
  private final Page sample = new SamplePages().page(SamplePages.PAGE_2024);
  private LuceneArchive source;

  @BeforeEach
  void open() {
    source = LuceneArchive.openForWriting(folders.resolve("source"), analyzers);
    for (int i = 0; i < COMMITTED_BEFORE; i++) {
      putIssue(i);
    }
  }

  @AfterEach
  void close() {
    source.close();
  }

  private void putIssue(int day) {
    LocalDate date = LocalDate.of(1990, 1, 1).plusDays(day);
    source.put(
        new IssueId(SamplePages.PAPER, date),
        List.of(sample.withIssue(sample.issue().withDate(date))));
    source.commit();
  }

  @Test
  void backupsTakenWhileIssuesAreCommittedRestoreEveryIssueTheyHold() throws Exception {
    Thread writer =
        new Thread(
            () -> {
              for (int i = COMMITTED_BEFORE; i < COMMITTED_BEFORE + WRITTEN_DURING; i++) {
                putIssue(i);
              }
            });
    writer.start();
    Path bySnapshot = folders.resolve("by-snapshot");
    Path byReader = folders.resolve("by-reader");
    try (LuceneArchive reader =
        LuceneArchive.openForReading(folders.resolve("source"), analyzers)) {
      source.backup(bySnapshot);
      reader.backup(byReader);
    } finally {
      writer.join();
    }

    for (Path backup : List.of(bySnapshot, byReader)) {
      Path restored = folders.resolve("restored-" + backup.getFileName());
      LuceneArchive.restore(backup, restored);
      try (LuceneArchive copy = LuceneArchive.openForReading(restored, analyzers)) {
        assertSameIssues(copy);
      }
    }
  }

  private void assertSameIssues(LuceneArchive copy) {
    List<IssueSummary> issues = copy.issues(SamplePages.PAPER, null, null);
    assertThat(issues).hasSizeGreaterThanOrEqualTo(COMMITTED_BEFORE);
    long pages = 0;
    for (IssueSummary summary : issues) {
      assertThat(copy.issue(summary.id())).isEqualTo(source.issue(summary.id()));
      for (PageSummary page : copy.issue(summary.id()).orElseThrow().pages()) {
        var id = summary.id().page(page.number());
        assertThat(copy.page(id)).isEqualTo(source.page(id));
        pages++;
      }
    }
    assertThat(copy.stats().pages()).isEqualTo(pages);
    // Every issue's copy of the page is found by its first headline.
    String headline = sample.articles().get(0).title();
    assertThat(copy.search(SearchRequest.of('"' + headline + '"')).totalHits())
        .isGreaterThanOrEqualTo(issues.size());
  }

  @Test
  void aDamagedUnfinishedOrMisplacedRestoreIsRefusedWithItsReason() throws IOException {
    Path backup = folders.resolve("backup");
    source.backup(backup);
    assertThatThrownBy(() -> source.backup(backup))
        .isInstanceOf(ArchiveException.class)
        .hasMessage(backup + " is not empty: name a new folder");
    assertThatThrownBy(() -> LuceneArchive.restore(backup, folders.resolve("source")))
        .hasMessageContaining("is not empty: name a new folder");

    Path largest;
    try (Stream<Path> files = Files.list(backup.resolve("index"))) {
      largest = files.max(Comparator.comparingLong(LuceneBackupTest::size)).orElseThrow();
    }
    try (FileChannel file =
        FileChannel.open(largest, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      var one = java.nio.ByteBuffer.allocate(1);
      file.read(one, file.size() / 2);
      one.put(0, (byte) (one.get(0) ^ 0x5a));
      file.write(one.flip(), file.size() / 2);
    }
    assertThatThrownBy(() -> LuceneArchive.restore(backup, folders.resolve("damaged")))
        .isInstanceOf(ArchiveException.class)
        .hasMessageContaining(largest.getFileName() + " fails its checksum");

    Files.delete(backup.resolve(LuceneBackup.MANIFEST));
    assertThatThrownBy(() -> LuceneArchive.restore(backup, folders.resolve("unfinished")))
        .isInstanceOf(ArchiveException.class)
        .hasMessageContaining("is no whole backup");
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
