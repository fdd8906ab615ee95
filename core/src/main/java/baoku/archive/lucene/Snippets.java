package baoku.archive.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * The highlighted headline and body passages of hits, from one searcher: the headline whole, the
 * body as sentences of about {@value #PASSAGE_CHARS} characters. Build one per searcher and share
 * it: the highlighter keeps what it learns of the index's fields, and both fields of a hit are read
 * from the store together.
 */
final class Snippets {
  static final String MARK_START = "<mark>";
  static final String MARK_END = "</mark>";

  /** Joins a body's passages; no body contains it. */
  static final String PASSAGE_BREAK = "\u2029";

  private static final int BODY_PASSAGES = 2;
  private static final int PASSAGE_CHARS = 120;
  private static final String[] FIELDS = {Fields.TITLE_BIGRAMS, Fields.BODY_BIGRAMS};
  private static final int[] PASSAGES = {1, BODY_PASSAGES};

  private final UnifiedHighlighter highlighter;

  Snippets(IndexSearcher searcher, Analyzer analyzer) {
    BreakIterator sentences =
        LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_CHARS, 0.5f);
    UnifiedHighlighter.Builder builder =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter(MARK_START, MARK_END, PASSAGE_BREAK, true));
    this.highlighter =
        new UnifiedHighlighter(builder) {
          @Override
          protected BreakIterator getBreakIterator(String field) {
            return field.equals(Fields.TITLE_BIGRAMS)
                ? new WholeBreakIterator()
                : (BreakIterator) sentences.clone();
          }
        };
  }

  /** For each of {@code docs}, its headline and its body passages, {@code query}'s words marked. */
  Highlights of(Query query, int[] docs) throws IOException {
    Map<String, String[]> marked = highlighter.highlightFields(FIELDS, query, docs, PASSAGES);
    return new Highlights(marked.get(Fields.TITLE_BIGRAMS), marked.get(Fields.BODY_BIGRAMS));
  }

  /** Per hit, in the order asked: the marked headline and the body's passages, joined. */
  record Highlights(String[] headlines, String[] bodies) {}
}
