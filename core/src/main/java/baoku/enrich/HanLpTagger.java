package baoku.enrich;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * HanLP's dictionary segmenter with its person and place recognisers; its models ship in the
 * portable jar, so nothing is downloaded. HanLP keeps its dictionaries in static state: build one
 * tagger per process and inject it. Organisation recognition is off by default because it glues
 * verbs to the body after them (学习省委); {@link #withOrganisations()} is HanLP as it comes.
 */
public final class HanLpTagger implements Tagger {
  private final Segment segment;

  public HanLpTagger() {
    this(false);
  }

  private HanLpTagger(boolean organisations) {
    this.segment =
        HanLP.newSegment()
            .enableNameRecognize(true)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(organisations)
            .enableOffset(true);
  }

  /** HanLP's segmenter with all three recognisers on, as it comes out of the box. */
  public static HanLpTagger withOrganisations() {
    return new HanLpTagger(true);
  }

  private static boolean known(String word) {
    return CoreDictionary.contains(word) || CustomDictionary.contains(word);
  }

  @Override
  public List<Token> tag(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    List<Token> out = new ArrayList<>();
    for (Term term : segment.seg(text)) {
      out.add(new Token(term.word, term.offset, String.valueOf(term.nature), known(term.word)));
    }
    return out;
  }
}
