package baoku.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baoku.archive.PeopleNotIndexedException;
import baoku.archive.analysis.ChineseAnalyzers;
import baoku.archive.contract.NamedPages;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An archive knows whether its pages have their people indexed, across writers and commits. */
class PeopleIndexMarkTest {
  @TempDir Path dir;

  @Test
  void aNewArchiveKeepsItsPeopleIndexAcrossWritersAndCommits() {
    try (LuceneArchive archive = LuceneArchive.openForWriting(dir, new ChineseAnalyzers())) {
      archive.put(NamedPages.ISSUE, NamedPages.pages().subList(0, 1));
    }
    try (LuceneArchive archive = LuceneArchive.openForWriting(dir, new ChineseAnalyzers())) {
      archive.put(NamedPages.ISSUE, NamedPages.pages().subList(1, 2));
      archive.commit();
    }
    try (LuceneArchive reader = LuceneArchive.openForReading(dir, new ChineseAnalyzers())) {
      assertThat(reader.people().sightings("陈光浩")).hasSize(1);
      assertThat(reader.people().sightings("马波")).hasSize(1);
    }
  }

  @Test
  void anArchiveMadeBeforePeopleWereIndexedSaysSoInOneLine() throws Exception {
    // What an older Baoku left: a committed index without the mark.
    Path index = Files.createDirectories(dir.resolve("index"));
    try (FSDirectory directory = FSDirectory.open(index);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      writer.commit();
    }
    try (LuceneArchive writer = LuceneArchive.openForWriting(dir, new ChineseAnalyzers())) {
      writer.put(NamedPages.ISSUE, NamedPages.pages());
      writer.commit();
      assertThatThrownBy(() -> writer.people().sightings("陈光浩"))
          .isInstanceOf(PeopleNotIndexedException.class)
          .hasMessageContaining("before people were indexed")
          .hasMessageContaining("baoku copy")
          .hasMessageNotContaining("\n");
    }
  }
}
