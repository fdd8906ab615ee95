package baoku.archive.analysis;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Cuts Chinese text into words with HanLP's dictionary segmenter. The whole input is segmented at
 * once (an article is small) because the segmenter needs sentence context. Punctuation and spaces
 * produce no token and leave no position gap, as in the bigram field, so phrases agree across both
 * fields.
 */
public final class HanLpTokenizer extends Tokenizer {
  private final Segment segment;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private List<Term> words = List.of();
  private int next;
  private int finalOffset;

  /** {@code segment} must have offsets enabled and belong to this tokenizer alone. */
  public HanLpTokenizer(Segment segment) {
    this.segment = segment;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    String text = readAll();
    words = text.isEmpty() ? List.of() : segment.seg(text);
    next = 0;
    finalOffset = correctOffset(text.length());
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    while (next < words.size()) {
      Term word = words.get(next++);
      if (isWord(word.word)) {
        term.setEmpty().append(word.word);
        offset.setOffset(
            correctOffset(word.offset), correctOffset(word.offset + word.word.length()));
        return true;
      }
    }
    return false;
  }

  @Override
  public void end() throws IOException {
    super.end();
    offset.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void close() throws IOException {
    super.close();
    words = List.of();
  }

  private String readAll() throws IOException {
    StringBuilder text = new StringBuilder();
    char[] chunk = new char[4096];
    for (int n = input.read(chunk); n != -1; n = input.read(chunk)) {
      text.append(chunk, 0, n);
    }
    return text.toString();
  }

  /** A token worth indexing: holds at least one letter or digit (not only punctuation). */
  private static boolean isWord(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
