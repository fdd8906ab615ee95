package baoku.enrich.names;

import baoku.enrich.Token;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The evidence the name model weighs at each character of a text: the characters around it, the
 * word the segmenter put it in (its tag, where in the word it stands, the word itself and its
 * neighbours) and whether it can open a family name. Each feature is a 64-bit key mixed from its
 * template number and its atoms (characters, tags, words), so a text is scored without building a
 * string per feature; {@link #describe} gives the same features as text for the model file, and
 * {@link #key(int, String...)} turns that text back into the key.
 */
public final class NameFeatures {
  /** Number of feature templates; each character gets one key from each. */
  public static final int TEMPLATES = 20;

  private static final String START = "<S>";
  private static final String END = "<E>";
  private static final String NO_WORD = "<none>";
  private static final String LONG_WORD = "<long>";
  private static final int LONGEST_WORD = 6;

  private final Set<String> surnames;

  /** Single-character family names, by character: looked up for every character scored. */
  private final BitSet singleSurnames = new BitSet(Character.MAX_VALUE + 1);

  /** Two-character family names as (first << 16 | second), sorted. */
  private final int[] compoundSurnames;

  /**
   * @param surnames family names, single and compound, from the enrichment word lists
   */
  public NameFeatures(Set<String> surnames) {
    this.surnames = Set.copyOf(surnames);
    this.compoundSurnames =
        surnames.stream()
            .filter(s -> s.length() == 2)
            .mapToInt(s -> s.charAt(0) << 16 | s.charAt(1))
            .sorted()
            .toArray();
    surnames.stream().filter(s -> s.length() == 1).forEach(s -> singleSurnames.set(s.charAt(0)));
  }

  /** Receives the feature keys of a text, character by character. */
  @FunctionalInterface
  public interface Sink {
    void accept(int position, long key);
  }

  /** Every feature key of every character of {@code text}, as cut into {@code words}. */
  public void keys(String text, List<Token> words, Sink sink) {
    keys(text, words, null, sink);
  }

  /**
   * The feature keys of the characters {@code scored} marks (all where it is {@code null}); the
   * others' features, costly to look up, are skipped.
   */
  public void keys(String text, List<Token> words, boolean[] scored, Sink sink) {
    Layout layout = new Layout(text, words);
    char[] c = layout.folded;
    int n = c.length;
    int[] wordHash = new int[words.size()];
    int[] tagHash = new int[words.size()];
    for (int w = 0; w < words.size(); w++) {
      String word = words.get(w).text();
      wordHash[w] = word.length() > LONGEST_WORD ? LONG_WORD.hashCode() : word.hashCode();
      tagHash[w] = words.get(w).tag().hashCode();
    }
    int start = START.hashCode();
    int end = END.hashCode();
    int none = NO_WORD.hashCode();
    for (int i = 0; i < n; i++) {
      if (scored != null && !scored[i]) {
        continue;
      }
      int c0 = c[i];
      int p1 = i > 0 ? c[i - 1] : start;
      int p2 = i > 1 ? c[i - 2] : start;
      int n1 = i + 1 < n ? c[i + 1] : end;
      int n2 = i + 2 < n ? c[i + 2] : end;
      int w = layout.word[i];
      int pos = layout.position[i];
      int tag = w < 0 ? none : tagHash[w];
      int word = w < 0 ? none : wordHash[w];
      int prevWord = w > 0 ? wordHash[w - 1] : none;
      int nextWord = w >= 0 && w + 1 < words.size() ? wordHash[w + 1] : none;
      int prevTag = w > 0 ? tagHash[w - 1] : none;
      int nextTag = w >= 0 && w + 1 < words.size() ? tagHash[w + 1] : none;
      sink.accept(i, key(0));
      sink.accept(i, key(1, c0));
      sink.accept(i, key(2, p1));
      sink.accept(i, key(3, n1));
      sink.accept(i, key(4, p2));
      sink.accept(i, key(5, n2));
      sink.accept(i, key(6, p1, c0));
      sink.accept(i, key(7, c0, n1));
      sink.accept(i, key(8, p2, p1));
      sink.accept(i, key(9, n1, n2));
      sink.accept(i, key(10, p1, n1));
      sink.accept(i, key(11, tag, pos));
      sink.accept(i, key(12, tag, pos, c0));
      sink.accept(i, key(13, word, pos));
      sink.accept(i, key(14, prevWord, pos));
      sink.accept(i, key(15, nextWord, pos));
      sink.accept(i, key(16, fastSurnameKind(c, i), pos));
      int class0 = layout.charClass[i];
      int classBefore = i > 0 ? layout.charClass[i - 1] : 'x';
      int classAfter = i + 1 < n ? layout.charClass[i + 1] : 'x';
      sink.accept(i, key(17, classBefore, class0, classAfter));
      sink.accept(i, key(18, prevTag, tag, pos));
      sink.accept(i, key(19, nextTag, pos));
    }
  }

  /** Receives the features of a text as text: template number and atoms. */
  @FunctionalInterface
  public interface DescriptionSink {
    void accept(int position, int template, String[] atoms);
  }

  /**
   * Every feature of every character as text, what the model file prints before the weights: {@code
   * key(template, atoms)} is the key {@link #keys} gives for the same character and template.
   */
  public void describe(String text, List<Token> words, DescriptionSink sink) {
    Layout layout = new Layout(text, words);
    char[] c = layout.folded;
    int n = c.length;
    for (int i = 0; i < n; i++) {
      String c0 = String.valueOf(c[i]);
      String p1 = i > 0 ? String.valueOf(c[i - 1]) : START;
      String p2 = i > 1 ? String.valueOf(c[i - 2]) : START;
      String n1 = i + 1 < n ? String.valueOf(c[i + 1]) : END;
      String n2 = i + 2 < n ? String.valueOf(c[i + 2]) : END;
      int w = layout.word[i];
      String pos = String.valueOf((char) layout.position[i]);
      String tag = w < 0 ? NO_WORD : words.get(w).tag();
      String word = w < 0 ? NO_WORD : wordText(words.get(w));
      String prevWord = w > 0 ? wordText(words.get(w - 1)) : NO_WORD;
      String nextWord = w >= 0 && w + 1 < words.size() ? wordText(words.get(w + 1)) : NO_WORD;
      String prevTag = w > 0 ? words.get(w - 1).tag() : NO_WORD;
      String nextTag = w >= 0 && w + 1 < words.size() ? words.get(w + 1).tag() : NO_WORD;
      String[][] atoms = {
        {},
        {c0},
        {p1},
        {n1},
        {p2},
        {n2},
        {p1, c0},
        {c0, n1},
        {p2, p1},
        {n1, n2},
        {p1, n1},
        {tag, pos},
        {tag, pos, c0},
        {word, pos},
        {prevWord, pos},
        {nextWord, pos},
        {surnameKind(c, i), pos},
        {classText(p1, i > 0), classText(c0, true), classText(n1, i + 1 < n)},
        {prevTag, tag, pos},
        {nextTag, pos}
      };
      for (int t = 0; t < TEMPLATES; t++) {
        sink.accept(i, t, atoms[t]);
      }
    }
  }

  /** The key of a feature given as text: its template and atoms. */
  public static long key(int template, String... atoms) {
    return switch (atoms.length) {
      case 0 -> key(template);
      case 1 -> key(template, atoms[0].hashCode());
      case 2 -> key(template, atoms[0].hashCode(), atoms[1].hashCode());
      case 3 -> key(template, atoms[0].hashCode(), atoms[1].hashCode(), atoms[2].hashCode());
      default -> throw new IllegalArgumentException("at most three atoms");
    };
  }

  private static long key(int template) {
    return finish(seed(template));
  }

  private static long key(int template, int a) {
    return finish(mix(seed(template), a));
  }

  private static long key(int template, int a, int b) {
    return finish(mix(mix(seed(template), a), b));
  }

  private static long key(int template, int a, int b, int c) {
    return finish(mix(mix(mix(seed(template), a), b), c));
  }

  private static long seed(int template) {
    return (template + 1) * 0x9E3779B97F4A7C15L;
  }

  private static long mix(long h, int atom) {
    return (h ^ (atom & 0xFFFFFFFFL)) * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
  }

  private static long finish(long h) {
    h ^= h >>> 31;
    h *= 0x94D049BB133111EBL;
    return h ^ (h >>> 29);
  }

  private static String wordText(Token word) {
    return word.text().length() > LONGEST_WORD ? LONG_WORD : word.text();
  }

  /** As {@link #surnameKind}, the atom's hash without building a string: '2', '1' or '0'. */
  private int fastSurnameKind(char[] c, int i) {
    if (i + 1 < c.length && Arrays.binarySearch(compoundSurnames, c[i] << 16 | c[i + 1]) >= 0) {
      return '2';
    }
    return singleSurnames.get(c[i]) ? '1' : '0';
  }

  /** Whether a family name opens here: "2" a compound one, "1" a single one, "0" none. */
  private String surnameKind(char[] c, int i) {
    if (i + 1 < c.length && surnames.contains(new String(c, i, 2))) {
      return "2";
    }
    return surnames.contains(String.valueOf(c[i])) ? "1" : "0";
  }

  private static String classText(String atom, boolean isCharacter) {
    return String.valueOf(isCharacter ? classOf(atom.charAt(0)) : classOf(-1));
  }

  private static char classOf(int c) {
    if (c < 0 || c == START.hashCode() || c == END.hashCode()) {
      return 'x';
    }
    if (c == '·' || c == '•' || c == '・') {
      return 'm';
    }
    if (Character.isDigit(c)) {
      return 'd';
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      return 'l';
    }
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 'h' : 'o';
  }

  /**
   * The text folded character by character (full-width forms to ASCII, so １９９８ reads as 1998) and,
   * for each character, the word that holds it and where in that word it stands: B(egin), M(iddle),
   * E(nd), S(ingle), or O outside every word.
   */
  private static final class Layout {
    final char[] folded;
    final int[] word;
    final int[] position;
    final char[] charClass;

    Layout(String text, List<Token> words) {
      int n = text.length();
      folded = new char[n];
      word = new int[n];
      position = new int[n];
      charClass = new char[n];
      for (int i = 0; i < n; i++) {
        folded[i] = fold(text.charAt(i));
        charClass[i] = classOf(folded[i]);
        word[i] = -1;
        position[i] = 'O';
      }
      for (int w = 0; w < words.size(); w++) {
        Token t = words.get(w);
        int from = Math.max(0, t.start());
        int to = Math.min(n, t.end());
        for (int i = from; i < to; i++) {
          word[i] = w;
          position[i] = to - from == 1 ? 'S' : i == from ? 'B' : i == to - 1 ? 'E' : 'M';
        }
      }
    }

    private static char fold(char c) {
      if (c >= '\uFF01' && c <= '\uFF5E') {
        return (char) (c - 0xFEE0);
      }
      return c == '\u3000' ? ' ' : c;
    }
  }
}
