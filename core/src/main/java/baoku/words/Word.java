package baoku.words;

/**
 * A word as the segmenter cut it.
 *
 * @param text the word folded (simplified, half-width, lower case), as it is indexed
 * @param start offset of its first character in the text as printed
 * @param end offset after its last character in the text as printed
 * @param tag HanLP's part-of-speech tag (PKU style: nr person, ns place, w punctuation …)
 */
public record Word(String text, int start, int end, String tag) {
  Word shifted(int by) {
    return by == 0 ? this : new Word(text, start + by, end + by, tag);
  }
}
