package baoku.archive.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** A keyword value folded by its field's analyzer, as the index holds it. */
final class Folding {
  private Folding() {}

  static String fold(Analyzer analyzer, String field, String value) {
    try (TokenStream tokens = analyzer.tokenStream(field, value.strip())) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      String folded = tokens.incrementToken() ? term.toString() : "";
      tokens.end();
      return folded;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
