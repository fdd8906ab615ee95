package baoku.archive.analysis;

import baoku.words.Word;
import baoku.words.WordSegmenter;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Cuts Chinese text into folded words with the shared {@link WordSegmenter}. The whole input is
 * read at once (an article is small) because the segmenter needs sentence context. Punctuation and
 * spaces produce no token and leave no position gap, as in the bigram field, so phrases agree
 * across both fields.
 */
public final class WordTokenizer extends Tokenizer {
  private static final int KEPT_CAPACITY = 1 << 16;

  private final WordSegmenter segmenter;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  // Reused from one text to the next: a tokenizer is reused for every field of every document.
  private final char[] chunk = new char[4096];
  private StringBuilder read = new StringBuilder();
  private List<Word> words = List.of();
  private int next;
  private int finalOffset;

  public WordTokenizer(WordSegmenter segmenter) {
    this.segmenter = segmenter;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    String text = readAll();
    words = segmenter.words(text);
    next = 0;
    finalOffset = correctOffset(text.length());
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    while (next < words.size()) {
      Word word = words.get(next++);
      if (isWord(word.text())) {
        term.setEmpty().append(word.text());
        offset.setOffset(correctOffset(word.start()), correctOffset(word.end()));
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
    if (read.capacity() > KEPT_CAPACITY) {
      read = new StringBuilder(); // one enormous text is not kept for the rest of the run
    }
    read.setLength(0);
    for (int n = input.read(chunk); n != -1; n = input.read(chunk)) {
      read.append(chunk, 0, n);
    }
    return read.toString();
  }

  /** A token worth indexing: holds at least one letter or digit (not only punctuation). */
  private static boolean isWord(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }
}
