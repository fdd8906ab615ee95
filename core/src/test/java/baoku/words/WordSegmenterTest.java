package baoku.words;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.testing.RandomPageText;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordSegmenterTest {
  private static final TextFolding FOLDING = new TextFolding();

  private static List<String> texts(List<Word> words) {
    return words.stream().map(Word::text).toList();
  }

  @Test
  void wordsAreFoldedAndPlacedInTheTextAsPrinted() {
    List<Word> words = new WordSegmenter(FOLDING).words("陳光浩講話");
    assertThat(texts(words)).containsExactly("陈光浩", "讲话");
    assertThat(words).extracting(Word::start).containsExactly(0, 3);
    assertThat(words).extracting(Word::end).containsExactly(3, 5);
  }

  @Test
  void eachLineIsCutAlone() {
    String text = "市委书记马波\n\nＬＥＳＨＡＮ　２０２４\n";
    List<Word> words = new WordSegmenter(FOLDING).words(text);
    assertThat(texts(words)).containsSubsequence("马波", "leshan", "2024");
    for (Word word : words) {
      assertThat(word.end()).isGreaterThanOrEqualTo(word.start());
      assertThat(text.substring(word.start(), word.end())).doesNotContain("\n");
    }
    Word leshan = words.stream().filter(w -> w.text().equals("leshan")).findFirst().orElseThrow();
    assertThat(text.substring(leshan.start(), leshan.end())).isEqualTo("ＬＥＳＨＡＮ");
  }

  @Test
  void aCutHandedOnIsTakenOnceThenCutAgain() {
    WordSegmenter segmenter = new WordSegmenter(FOLDING);
    String line = "峨边彝族自治县召开民族宗教工作会议";
    List<Word> tagged = segmenter.cutAndHandOn(line);
    List<Word> indexed = segmenter.words(line);
    assertThat(indexed).isEqualTo(tagged);
    // Taken: the very words the tagger cut, not a second cut of the same line.
    assertThat(indexed.get(0)).isSameAs(tagged.get(0));
    List<Word> again = segmenter.words(line);
    assertThat(again).isEqualTo(tagged);
    assertThat(again.get(0)).isNotSameAs(tagged.get(0));
  }

  @Test
  void aLinePrintedTwiceIsTakenTwice() {
    WordSegmenter segmenter = new WordSegmenter(FOLDING);
    List<Word> first = segmenter.cutAndHandOn("会议指出\n会议指出");
    assertThat(segmenter.words("会议指出").get(0)).isSameAs(first.get(0));
    assertThat(segmenter.words("会议指出").get(0)).isSameAs(first.get(0));
    assertThat(segmenter.words("会议指出").get(0)).isNotSameAs(first.get(0));
  }

  @Test
  void cutsAreKeptPerThreadAndBounded() throws Exception {
    WordSegmenter segmenter = new WordSegmenter(FOLDING, 2);
    List<Word> kept = segmenter.cutAndHandOn("第一行文字");
    List<Word> elsewhere = new java.util.ArrayList<>();
    Thread other = new Thread(() -> elsewhere.addAll(segmenter.words("第一行文字")));
    other.start();
    other.join();
    assertThat(elsewhere.get(0)).isNotSameAs(kept.get(0));
    segmenter.cutAndHandOn("第二行文字\n第三行文字");
    assertThat(segmenter.words("第一行文字").get(0)).isNotSameAs(kept.get(0));
  }

  @Test
  void randomTextGivesOrderedWordsInsideTheText() {
    RandomPageText texts = new RandomPageText(20261124L);
    WordSegmenter segmenter = new WordSegmenter(FOLDING);
    for (int i = 0; i < 300; i++) {
      String text = texts.next(60);
      int last = 0;
      for (Word word : segmenter.words(text)) {
        assertThat(word.start()).isGreaterThanOrEqualTo(last).isLessThanOrEqualTo(word.end());
        assertThat(word.end()).isLessThanOrEqualTo(text.length());
        last = word.start();
      }
    }
  }

  @Test
  void aLineOfAMillionCharactersIsCutAsItsSentencesAre() {
    WordSegmenter segmenter = new WordSegmenter(FOLDING);
    String sentence = "市委书记赵波在峨眉山市调研项目建设。";
    List<Word> alone = segmenter.words(sentence);
    int times = 1_000_000 / sentence.length() + 1;
    String line = sentence.repeat(times);

    List<Word> words = segmenter.words(line);

    assertThat(words).hasSize(alone.size() * times);
    for (int i = 0; i < words.size(); i++) {
      Word one = alone.get(i % alone.size());
      int shift = i / alone.size() * sentence.length();
      assertThat(words.get(i))
          .isEqualTo(new Word(one.text(), one.start() + shift, one.end() + shift, one.tag()));
    }
  }

  @Test
  void aLongLineWithoutPunctuationIsCutWholeAndNeverInsideACharacter() {
    String line = "𠀀乐山".repeat(WordSegmenter.MAX_PIECE_CHARS);
    List<Word> words = new WordSegmenter(FOLDING).words(line);
    int end = 0;
    for (Word word : words) {
      assertThat(word.start()).isEqualTo(end);
      assertThat(line.substring(word.start(), word.end()))
          .doesNotContainPattern("^\\p{Cs}|\\p{Cs}$")
          .isNotEmpty();
      end = word.end();
    }
    assertThat(end).isEqualTo(line.length());
  }
}
