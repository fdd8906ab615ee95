package baoku.enrich;

import baoku.enrich.names.NameSpan;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Finds names by the titles printed beside them, the surest sign of a person in government news: a
 * chain of titles joined by 、 before a name (市委副书记、市长陈光浩), or a bare title after one (习近平总书记). A
 * title is its core (书记, 主任) with the scope printed before it, kept as printed (市人大常委会党组书记,
 * 乐山高新区经合局局长); the scope is read leftwards over the words that name a body and stops at verbs,
 * function words and punctuation.
 */
public final class TitleFinder {
  private static final int MAX_SCOPE_WORDS = 6;

  private final EnrichCues cues;
  private final NameShape names;
  private final TitleScope scope;

  /**
   * The last characters of the core titles: a title word always ends with a core title, so a word
   * ending otherwise is none, known without trying every prefix and scope on it (most words).
   */
  private final BitSet titleEnds = new BitSet(Character.MAX_VALUE + 1);

  private final boolean emptyTitle;

  public TitleFinder(EnrichCues cues, NameShape names, TitleScope scope) {
    this.cues = cues;
    this.names = names;
    this.scope = scope;
    boolean empty = false;
    for (Set<String> titles : List.of(cues.officialTitles(), cues.otherTitles())) {
      for (String title : titles) {
        if (title.isEmpty()) {
          empty = true;
        } else {
          titleEnds.set(title.charAt(title.length() - 1));
        }
      }
    }
    this.emptyTitle = empty;
  }

  /** Every titled name in {@code text}, cut into {@code words}, in order. */
  public List<TitledName> find(String text, List<Token> words) {
    return find(text, words, List.of());
  }

  /**
   * Every titled name in {@code text}, in order, a name beside a title read where {@code learned}
   * (the name model's reading) puts one, and otherwise from the segmenter's person words.
   */
  public List<TitledName> find(String text, List<Token> words, List<NameSpan> learned) {
    List<TitledName> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      if (!isTitleWord(words.get(i)) && !closesTwoWordTitle(words, i)) {
        i++;
        continue;
      }
      // A chain: title (、 title)*, each title its scope and core; 兼 and 和 join posts too.
      List<String> titles = new ArrayList<>();
      int chainStart = scopeStart(words, i);
      int j = i;
      titles.add(text.substring(words.get(chainStart).start(), words.get(j).end()));
      while (j + 2 < words.size() && cues.titleJoiners().contains(words.get(j + 1).text())) {
        int next = nextTitleEnd(words, j + 2);
        if (next < 0) {
          break;
        }
        titles.add(text.substring(words.get(j + 2).start(), words.get(next).end()));
        j = next;
      }
      String after =
          j + 1 < words.size() ? learnedAt(text, learned, words.get(j + 1).start()) : null;
      if (after == null) {
        after = names.nameAt(words, j + 1);
      }
      if (after != null) {
        out.add(new TitledName(after, words.get(j + 1).start(), titles));
      } else if (chainStart == i
          && j == i
          && cues.titlesAfterName().contains(words.get(i).text())) {
        String before = learnedBefore(text, learned, words.get(i).start());
        int start = before == null ? -1 : words.get(i).start() - before.length();
        if (before == null) {
          before = names.nameBefore(words, i);
          start = before == null ? -1 : words.get(i - 1).start();
        }
        if (before != null) {
          out.add(new TitledName(before, start, titles));
        }
      } else {
        TitledName apposed = apposition(text, words, learned, chainStart, j, titles);
        if (apposed != null) {
          out.add(apposed);
        }
      }
      i = j + 1;
    }
    return out;
  }

  /**
   * Titles printed after the name they belong to, in brackets or after a comma, ending where the
   * sentence's next mark stands: 孙春兰（国务院副总理）, 王毅，国务委员兼外长，表示. Words {@code from} to {@code to} are
   * the titles.
   */
  private TitledName apposition(
      String text,
      List<Token> words,
      List<NameSpan> learned,
      int from,
      int to,
      List<String> titles) {
    if (from < 2 || to + 1 >= words.size()) {
      return null;
    }
    String open = words.get(from - 1).text();
    if (!(open.equals("，") || open.equals("（") || open.equals("("))
        || !words.get(to + 1).isPunctuation()) {
      return null;
    }
    int nameEnd = words.get(from - 1).start();
    String before = learnedBefore(text, learned, nameEnd);
    if (before == null) {
      before = names.nameBefore(words, from - 1);
    }
    return before == null ? null : new TitledName(before, nameEnd - before.length(), titles);
  }

  /** The learned name that starts at {@code offset}, if it passes for a name. */
  private String learnedAt(String text, List<NameSpan> learned, int offset) {
    for (NameSpan span : learned) {
      if (span.start() == offset) {
        String name = text.substring(span.start(), span.end());
        return names.isLearnedName(name) ? name : null;
      }
    }
    return null;
  }

  /** The learned name that ends at {@code offset}, if it passes for a name. */
  private String learnedBefore(String text, List<NameSpan> learned, int offset) {
    for (NameSpan span : learned) {
      if (span.end() == offset) {
        String name = text.substring(span.start(), span.end());
        return names.isLearnedName(name) ? name : null;
      }
    }
    return null;
  }

  /**
   * Whether the word and the one before it make a title the segmenter cut in two (高级 代表, 特别 助理).
   */
  private boolean closesTwoWordTitle(List<Token> words, int i) {
    return i > 0
        && words.get(i - 1).end() == words.get(i).start()
        && !cues.notTitles().contains(words.get(i).text())
        && cues.isTitle(words.get(i - 1).text() + words.get(i).text());
  }

  /** Whether the word is a title's core, maybe with its prefix or scope glued on (副市长, 市委书记). */
  private boolean isTitleWord(Token word) {
    String text = word.text();
    if (!emptyTitle && (text.isEmpty() || !titleEnds.get(text.charAt(text.length() - 1)))) {
      return false;
    }
    if (cues.notTitles().contains(text)) {
      return false;
    }
    // The core with its organisation glued on by the segmenter: 卫生部长, 党委书记, 村支书.
    for (int i = 0; i < text.length() - 1; i++) {
      if (cues.isTitle(text.substring(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The word index where the title ending at word {@code from}, scope included, ends, reading from
   * {@code from} rightwards over scope words: -1 where no title core follows within reach.
   */
  private int nextTitleEnd(List<Token> words, int from) {
    for (int k = from; k < words.size() && k < from + MAX_SCOPE_WORDS; k++) {
      Token word = words.get(k);
      if (isTitleWord(word)) {
        return scopeStart(words, k) <= from ? k : -1;
      }
      boolean prefix = k + 1 < words.size() && cues.isTitle(word.text() + words.get(k + 1).text());
      if (!scope.isInside(word) && !prefix) {
        return -1;
      }
    }
    return -1;
  }

  /** The first word of the title whose core is word {@code core}, its organisation included. */
  private int scopeStart(List<Token> words, int core) {
    return scope.startBefore(words, core);
  }
}
