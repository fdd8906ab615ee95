package baoku.archive.analysis;

import static baoku.archive.analysis.AnalysisAssertions.assertAnalyzesTo;
import static baoku.archive.analysis.AnalysisAssertions.assertWellFormed;
import static baoku.archive.analysis.AnalysisAssertions.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import baoku.testing.RandomPageText;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class ChineseAnalyzersTest {
  private static final ChineseAnalyzers ANALYZERS = new ChineseAnalyzers();
  private final Analyzer words = ANALYZERS.words();
  private final Analyzer bigrams = ANALYZERS.bigrams();
  private final Analyzer keywords = ANALYZERS.keywords();

  @Test
  void wordsKeepNamesWhole() {
    assertAnalyzesTo(
        words,
        "市委书记马波主持会议",
        new String[] {"市委", "书记", "马波", "主持", "会议"},
        new int[] {0, 2, 4, 6, 8},
        new int[] {2, 4, 6, 8, 10});
  }

  @Test
  void aReusedWordChainForgetsTheLongerTextBefore() {
    // The tokenizer keeps its read buffer from one text to the next, as Lucene reuses it.
    String longText = "乐山市委书记马波主持召开会议，研究部署全市重点工作。".repeat(400);
    assertThat(tokens(words, longText)).hasSizeGreaterThan(1000);
    assertAnalyzesTo(words, "马波主持", new String[] {"马波", "主持"}, new int[] {0, 2}, new int[] {2, 4});
  }

  @Test
  void wordsDropPunctuationWithoutLeavingGaps() {
    assertThat(tokens(words, "峨边、马边县庆"))
        .allSatisfy(t -> assertThat(t.increment()).isEqualTo(1))
        .extracting(AnalysisAssertions.Token::term)
        .doesNotContain("、");
  }

  @Test
  void wordsFoldTraditionalCharactersAndKeepOffsets() {
    assertAnalyzesTo(
        words, "陳光浩講話", new String[] {"陈光浩", "讲话"}, new int[] {0, 3}, new int[] {3, 5});
  }

  @Test
  void wordsFoldFullWidthLatinAndDigits() {
    assertAnalyzesTo(words, "ＬＥＳＨＡＮ　２０２４", "leshan", "2024");
  }

  @Test
  void bigramsPairNeighbouringIdeographs() {
    assertAnalyzesTo(bigrams, "颗粒硅", new String[] {"颗粒", "粒硅"}, new int[] {0, 1}, new int[] {2, 3});
  }

  @Test
  void bigramsDoNotPairAcrossPunctuation() {
    assertAnalyzesTo(bigrams, "峨边、马边", "峨边", "马边");
  }

  @Test
  void whiteSpaceBetweenIdeographsIsLayoutNotABreak() {
    // A token ending where white space was removed ends after it (光浩 → [1,4)): a highlight may
    // take in the space, never lose a character.
    assertAnalyzesTo(
        bigrams,
        "陈光浩 讲话",
        new String[] {"陈光", "光浩", "浩讲", "讲话"},
        new int[] {0, 1, 2, 4},
        new int[] {2, 4, 5, 6});
    assertAnalyzesTo(words, "陈光浩　讲话", "陈光浩", "讲话");
    assertAnalyzesTo(bigrams, "乐山 LESHAN", "乐山", "leshan");
  }

  @Test
  void bigramsKeepALoneIdeographAsItself() {
    assertAnalyzesTo(bigrams, "硅", "硅");
  }

  @Test
  void bigramsFoldTraditionalAndFullWidthForms() {
    assertAnalyzesTo(bigrams, "陳光浩", "陈光", "光浩");
    assertAnalyzesTo(bigrams, "１０万吨ＡＢＣ", "10", "万吨", "abc");
  }

  @Test
  void keywordsAreOneFoldedToken() {
    assertAnalyzesTo(keywords, "陳光浩", "陈光浩");
    assertAnalyzesTo(keywords, "ＬＥＳＨＡＮ Daily", "leshan daily");
  }

  @Test
  void randomTextNeverBreaksAChain() {
    RandomPageText texts = new RandomPageText(20261124L);
    for (int i = 0; i < 300; i++) {
      String text = texts.next(60);
      for (Analyzer analyzer : new Analyzer[] {words, bigrams, keywords}) {
        assertWellFormed(analyzer, text);
      }
    }
  }
}
