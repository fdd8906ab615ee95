package baoku.archive.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Checks what an analyzer makes of a text, in the manner of Lucene's own analysis tests. */
final class AnalysisAssertions {
  private AnalysisAssertions() {}

  /** One token: its text, where it lies in the input, and its position increment. */
  record Token(String term, int start, int end, int increment) {
    @Override
    public String toString() {
      return term + "[" + start + "," + end + ")+" + increment;
    }
  }

  static List<Token> tokens(Analyzer analyzer, String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(
            new Token(
                term.toString(),
                offset.startOffset(),
                offset.endOffset(),
                increment.getPositionIncrement()));
      }
      stream.end();
      assertThat(offset.endOffset()).as("final offset").isEqualTo(text.length());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static void assertAnalyzesTo(Analyzer analyzer, String text, String... terms) {
    assertThat(tokens(analyzer, text)).extracting(Token::term).containsExactly(terms);
  }

  static void assertAnalyzesTo(
      Analyzer analyzer, String text, String[] terms, int[] starts, int[] ends) {
    List<Token> tokens = tokens(analyzer, text);
    assertThat(tokens).extracting(Token::term).containsExactly(terms);
    assertThat(tokens).extracting(Token::start).containsExactly(box(starts));
    assertThat(tokens).extracting(Token::end).containsExactly(box(ends));
  }

  /** The invariants every stream keeps: offsets inside the text, in order, positions advancing. */
  static void assertWellFormed(Analyzer analyzer, String text) {
    int lastStart = 0;
    for (Token token : tokens(analyzer, text)) {
      assertThat(token.start())
          .as("start of %s in %s", token, text)
          .isBetween(lastStart, text.length());
      assertThat(token.end()).as("end of %s", token).isBetween(token.start(), text.length());
      assertThat(token.increment()).as("increment of %s", token).isGreaterThanOrEqualTo(1);
      assertThat(token.term()).as("term of %s in [%s]", token, text).isNotEmpty();
      lastStart = token.start();
    }
  }

  private static Integer[] box(int[] values) {
    return java.util.Arrays.stream(values).boxed().toArray(Integer[]::new);
  }
}
