package baoku.words;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Cuts Chinese text into words: each line is folded ({@link TextFolding}) and cut by HanLP's
 * dictionary segmenter with its person and place recognisers (its models ship in its jar).
 *
 * <p>A page on its way into the archive would be cut twice: once to find the names in it (enrich)
 * and once to index its words (archive). Both use one segmenter: the tagger cuts with {@link
 * #cutAndHandOn}, which keeps each line's words on this thread, and the word analyzer, cutting the
 * same line after it, takes them with {@link #words} instead of cutting again. A kept cut is taken
 * once only, so a line printed twice is still cut twice, as it would be with no tagger at all.
 * Lines are the unit because both see the same lines (paragraphs, captions), though not always the
 * same texts. Thread-safe: build one and share it.
 */
public final class WordSegmenter {
  /** Cuts kept per thread: more than the lines of an issue of sixteen full pages. */
  private static final int KEPT_LINES = 4096;

  /**
   * The most characters HanLP is given at once. Its place recogniser counts from the start of its
   * text for every place it finds, so a text twice as long costs four times as much: a line of a
   * million characters (a page printed as one line) would take minutes and gigabytes. A longer line
   * is cut in pieces, each ending after the last punctuation or space in its second half, or, where
   * there is none, at this length; no paragraph of print comes near it.
   */
  static final int MAX_PIECE_CHARS = 2_000;

  private final TextFolding folding;
  private final Segment segment;
  private final ThreadLocal<Map<String, Kept>> kept;
  private final LongAdder linesCut = new LongAdder();
  private final LongAdder linesTaken = new LongAdder();

  /** A line's words, and how many more times they may be taken. */
  private static final class Kept {
    final List<Word> words;
    int times = 1;

    Kept(List<Word> words) {
      this.words = words;
    }
  }

  public WordSegmenter(TextFolding folding) {
    this(folding, KEPT_LINES);
  }

  WordSegmenter(TextFolding folding, int keptLines) {
    this.folding = folding;
    // HanLP keeps its dictionaries in static state, and a segmenter's settings never change after
    // this, so one is safe to share between threads.
    this.segment =
        HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true).enableOffset(true);
    this.kept =
        ThreadLocal.withInitial(
            () ->
                new LinkedHashMap<>(64, 0.75f, false) {
                  @Override
                  protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
                    return size() > keptLines;
                  }
                });
  }

  public TextFolding folding() {
    return folding;
  }

  /** Lines cut so far, on all threads. */
  public long linesCut() {
    return linesCut.sum();
  }

  /** Lines whose words were taken from a cut handed on, so not cut again. */
  public long linesTaken() {
    return linesTaken.sum();
  }

  /** The words of {@code text}, line by line, offsets in {@code text}; kept cuts are taken. */
  public List<Word> words(String text) {
    return words(text, false);
  }

  /**
   * As {@link #words}, always cutting, and keeping each line's cut for one later {@link #words}.
   */
  public List<Word> cutAndHandOn(String text) {
    return words(text, true);
  }

  private List<Word> words(String text, boolean handOn) {
    List<Word> out = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end);
      for (Word word : handOn ? cutAndKeep(line) : take(line)) {
        out.add(word.shifted(start));
      }
      start = end + 1;
    }
    return out;
  }

  private List<Word> cutAndKeep(String line) {
    List<Word> words = cut(line);
    if (!words.isEmpty()) {
      Kept known = kept.get().putIfAbsent(line, new Kept(words));
      if (known != null) {
        known.times++;
      }
    }
    return words;
  }

  private List<Word> take(String line) {
    Map<String, Kept> lines = kept.get();
    Kept known = lines.isEmpty() ? null : lines.get(line);
    if (known == null) {
      return cut(line);
    }
    linesTaken.increment();
    if (--known.times == 0) {
      lines.remove(line);
    }
    return known.words;
  }

  private List<Word> cut(String line) {
    if (line.isBlank()) {
      return List.of();
    }
    linesCut.increment();
    TextFolding.Folded folded = folding.fold(line);
    if (folded.text().isEmpty()) {
      return List.of();
    }
    String text = folded.text();
    List<Word> words = new ArrayList<>();
    for (int start = 0, end; start < text.length(); start = end) {
      end = pieceEnd(text, start);
      for (Term term : segment.seg(text.substring(start, end))) {
        int offset = start + term.offset;
        words.add(
            new Word(
                term.word,
                folded.printed(offset),
                folded.printed(offset + term.word.length()),
                String.valueOf(term.nature)));
      }
    }
    return Collections.unmodifiableList(words);
  }

  /** Where the piece of {@code text} that begins at {@code start} ends. */
  private static int pieceEnd(String text, int start) {
    int limit = start + MAX_PIECE_CHARS;
    if (limit >= text.length()) {
      return text.length();
    }
    for (int end = limit; end > start + MAX_PIECE_CHARS / 2; end--) {
      char before = text.charAt(end - 1);
      if (!Character.isLetterOrDigit(before) && !Character.isSurrogate(before)) {
        return end;
      }
    }
    return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
  }
}
