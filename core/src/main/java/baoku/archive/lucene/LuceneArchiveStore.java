package baoku.archive.lucene;

import baoku.archive.Archive;
import baoku.archive.ArchiveStore;
import baoku.archive.analysis.ChineseAnalyzers;
import baoku.words.WordSegmenter;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** The embedded store: any location that is not a URL is a folder. */
public final class LuceneArchiveStore implements ArchiveStore {
  private static final Pattern URL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");

  @Override
  public boolean accepts(String location) {
    return !URL.matcher(location).matches();
  }

  @Override
  public Archive openForWriting(String location) {
    return LuceneArchive.openForWriting(Path.of(location), new ChineseAnalyzers());
  }

  @Override
  public Archive openForWriting(String location, WordSegmenter words) {
    return LuceneArchive.openForWriting(Path.of(location), new ChineseAnalyzers(words));
  }

  @Override
  public Archive openForReading(String location) {
    return LuceneArchive.openForReading(Path.of(location), new ChineseAnalyzers());
  }
}
