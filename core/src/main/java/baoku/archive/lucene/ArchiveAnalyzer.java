package baoku.archive.lucene;

import baoku.archive.analysis.ChineseAnalyzers;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** Which analysis chain each field uses, the same at index and at query time. */
final class ArchiveAnalyzer {
  private ArchiveAnalyzer() {}

  static Analyzer of(ChineseAnalyzers analyzers) {
    Analyzer words = analyzers.words();
    Analyzer bigrams = analyzers.bigrams();
    Analyzer keywords = analyzers.keywords();
    return new PerFieldAnalyzerWrapper(
        new KeywordAnalyzer(),
        Map.of(
            Fields.TITLE, words,
            Fields.BODY, words,
            Fields.TITLE_BIGRAMS, bigrams,
            Fields.BODY_BIGRAMS, bigrams,
            Fields.PAPER, keywords,
            Fields.AUTHOR, keywords,
            Fields.GENRE, analyzers.genres(),
            Fields.PERSON, keywords,
            Fields.PLACE, keywords,
            Fields.ORG, keywords));
  }
}
