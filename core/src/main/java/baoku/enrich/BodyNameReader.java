package baoku.enrich;

import java.util.List;
import java.util.Set;

/**
 * Reads the name of a body (市委财经委员会, 乐山高新区经合局, 省民族宗教委) leftwards from where it ends, over the words
 * that can make one up: it opens with a place, a body or a level word (省, 市委) and stops at verbs,
 * function words, punctuation and titles, so 学习省委书记 gives 省委.
 */
public final class BodyNameReader {
  /** Tags of words that may stand inside a body's name: nouns, places, bodies, abbreviations. */
  private static final Set<String> INSIDE =
      Set.of(
          "n", "nis", "nt", "ntc", "ntcb", "ntcf", "ntch", "nto", "ntu", "nts", "nth", "ns", "nsf",
          "nz", "j", "ng", "b", "gi", "nnd", "vn");

  /** Tags of words that may open a body's name: places, bodies and abbreviations. */
  private static final Set<String> OPENERS =
      Set.of(
          "nis", "nt", "ntc", "ntcb", "ntcf", "ntch", "nto", "ntu", "nts", "nth", "ns", "nsf", "j");

  /** Tags a single character of a company's brand may carry (航/vg 达/v, 鑫/nz). */
  private static final Set<String> BRAND_TAGS =
      Set.of("v", "vg", "a", "ag", "nz", "ng", "n", "b", "g", "x", "j", "nr", "nrf");

  private static final int MAX_WORDS = 6;

  private final EnrichCues cues;

  public BodyNameReader(EnrichCues cues) {
    this.cues = cues;
  }

  /**
   * The index of the first word of the body's name that occupies the words before {@code end}, or
   * {@code end} where the words just before it do not close a body's name.
   */
  public int startBefore(List<Token> words, int end) {
    if (end == 0 || !closesBody(words.get(end - 1))) {
      return end;
    }
    boolean company = cues.endsWithAny(words.get(end - 1).text(), cues.companySuffixes());
    int start = end;
    for (int k = end - 1; k >= 0 && end - k <= MAX_WORDS; k--) {
      Token word = words.get(k);
      boolean inside = isInside(word) || (company && k < end - 1 && isBrandPart(word));
      if (!inside || (k < end - 1 && cues.isTitle(word.text()))) {
        break;
      }
      if (company && k < end - 1 && cues.endsWithAny(word.text(), cues.companySuffixes())) {
        break; // 子公司 乐山协鑫…有限公司: the company starts after the word that names one
      }
      if (opens(word)) {
        start = k;
      }
    }
    return start;
  }

  /** A company's name may hold any single character of a brand (航 达 储能科技有限公司). */
  private static boolean isBrandPart(Token word) {
    return word.text().length() == 1 && BRAND_TAGS.contains(word.tag());
  }

  /**
   * Whether the word names a place: a place word the dictionary knows, or a guessed one that ends
   * like a place and does not start like a number or a preposition (峨眉山市, not 三楼 or 从市).
   */
  public boolean isPlace(Token word) {
    if (!word.tagged("ns")) {
      return false;
    }
    String text = word.text();
    return word.known()
        || (text.length() >= 3
            && cues.endsWithAny(text, cues.placeSuffixes())
            && cues.notPlaceStarts().indexOf(text.charAt(0)) < 0);
  }

  /** Whether the word can stand inside a body's name. */
  public boolean isInside(Token word) {
    if (word.isPunctuation() || cues.titleBreaks().contains(word.text())) {
      return false;
    }
    if (word.tagged("ns")) {
      return isPlace(word);
    }
    return INSIDE.contains(word.tag()) || cues.scopeWords().contains(word.text());
  }

  /** Whether the word closes the name of a body (统战部, 经合局, 市委, 省). */
  public boolean closesBody(Token word) {
    return word.tagged("nis")
        || word.tagged("nt")
        || isPlace(word)
        || cues.scopeWords().contains(word.text())
        || cues.endsWithAny(word.text(), cues.unitSuffixes());
  }

  private boolean opens(Token word) {
    String text = word.text();
    if (word.tagged("ns")) {
      return isPlace(word);
    }
    if (OPENERS.contains(word.tag()) || cues.scopeWords().contains(text)) {
      return true;
    }
    for (String scope : cues.scopeWords()) {
      if (text.startsWith(scope) && cues.scopeWords().contains(text.substring(scope.length()))) {
        return true;
      }
    }
    return cues.endsWithAny(text, cues.unitSuffixes());
  }
}
