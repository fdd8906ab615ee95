package baoku.archive.lucene;

import baoku.archive.IssueId;
import baoku.archive.analysis.ChineseAnalyzers;
import baoku.page.Page;
import baoku.testing.SamplePages;
import java.nio.file.Path;
import java.util.List;

/** An archive holding the two sample pages, committed. */
final class SampleArchive {
  private SampleArchive() {}

  static LuceneArchive open(Path dir) {
    LuceneArchive archive = LuceneArchive.openForWriting(dir, new ChineseAnalyzers());
    putSamples(archive);
    archive.commit();
    return archive;
  }

  static void putSamples(LuceneArchive archive) {
    for (Page page : new SamplePages().both()) {
      archive.put(new IssueId(page.issue().paper(), page.issue().date()), List.of(page));
    }
  }
}
