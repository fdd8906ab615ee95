package baoku.enrich;

import baoku.words.TextFolding;
import baoku.words.Word;
import baoku.words.WordSegmenter;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Tags text with HanLP's dictionary segmenter and its person and place recognisers, through the
 * shared {@link WordSegmenter}: text is folded (traditional → simplified, full-width → half-width)
 * before it is cut, each word keeps the characters printed, and each line's cut is handed on to the
 * archive's word analyzer, which would otherwise cut the line again. Organisation recognition is
 * off because it glues verbs to the body after them (学习省委); {@link #withOrganisations()} is HanLP
 * as it comes, on the text as printed, for comparison.
 */
public final class HanLpTagger implements Tagger {
  private final WordSegmenter words;

  /** A tagger with a segmenter of its own. */
  public HanLpTagger() {
    this(new WordSegmenter(new TextFolding()));
  }

  /** A tagger that cuts with {@code words}: share it with the archive's word analyzer. */
  public HanLpTagger(WordSegmenter words) {
    this.words = words;
  }

  /** HanLP's segmenter with all three recognisers on, as it comes out of the box. */
  public static Tagger withOrganisations() {
    Segment segment =
        HanLP.newSegment()
            .enableNameRecognize(true)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(true)
            .enableOffset(true);
    return text -> {
      List<Token> out = new ArrayList<>();
      for (Term term : text.isEmpty() ? List.<Term>of() : segment.seg(text)) {
        out.add(new Token(term.word, term.offset, String.valueOf(term.nature), known(term.word)));
      }
      return out;
    };
  }

  private static boolean known(String word) {
    return CoreDictionary.contains(word) || CustomDictionary.contains(word);
  }

  @Override
  public List<Token> tag(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    List<Word> cut = words.cutAndHandOn(text);
    List<Token> out = new ArrayList<>(cut.size());
    for (Word word : cut) {
      out.add(
          new Token(
              printed(text, word),
              word.start(),
              word.tag(),
              // Only a place's provenance is ever asked (Token#known); looking every word up
              // in two dictionaries cost some 6 % of tagging.
              !word.tag().startsWith("ns") || known(word.text())));
    }
    return out;
  }

  /** The word as printed; most words are printed as they are folded, and share that string. */
  private static String printed(String text, Word word) {
    int length = word.end() - word.start();
    return length == word.text().length()
            && text.regionMatches(word.start(), word.text(), 0, length)
        ? word.text()
        : text.substring(word.start(), word.end());
  }
}
