package baoku.enrich;

/**
 * A word of a text as the segmenter cut and tagged it.
 *
 * @param start offset of the word's first character in the text
 * @param tag the part-of-speech tag in the PKU style HanLP uses (nr person, ns place, nt
 *     organisation, nnt post, nis body suffix, v verb, w punctuation …)
 * @param known whether a place word is in the segmenter's dictionary, rather than guessed by its
 *     recognisers (三楼 tagged a place is a guess; 乐山 is known); taggers need not look up words of
 *     other tags, and report them known
 */
public record Token(String text, int start, String tag, boolean known) {
  /** A dictionary word. */
  public Token(String text, int start, String tag) {
    this(text, start, tag, true);
  }

  public int end() {
    return start + text.length();
  }

  public boolean tagged(String prefix) {
    return tag.startsWith(prefix);
  }

  public boolean isPersonName() {
    return tag.startsWith("nr");
  }

  public boolean isPunctuation() {
    return tag.equals("w") || text.isBlank();
  }
}
