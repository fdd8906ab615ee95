package baoku.enrich;

/**
 * A word of a text as the segmenter cut and tagged it.
 *
 * @param start offset of the word's first character in the text
 * @param tag the part-of-speech tag in the PKU style HanLP uses (nr person, ns place, nt
 *     organisation, nnt post, nis body suffix, v verb, w punctuation …)
 */
public record Token(String text, int start, String tag) {
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
