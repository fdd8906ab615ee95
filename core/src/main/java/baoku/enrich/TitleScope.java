package baoku.enrich;

import java.util.List;
import java.util.Set;

/**
 * Reads the organisation printed before a title's core, leftwards, as the annotation convention
 * keeps it: every word that can name a body, a place or a part of one (美国 国务卿, 苏丹 过渡 政府 外交部 新任 国务
 * 部长, 云南省 公安厅 大 数据 专家组 组长), up to a verb, a function word, punctuation, a person's name or a word
 * that breaks a title (的, 和). Unlike a body's name (see {@link BodyNameReader}) a title's scope
 * need not open with a place or a level word: what is printed before the post is kept.
 */
public final class TitleScope {
  /** Tags of words that cannot stand in a title's scope: verbs, function words, numbers, time. */
  private static final Set<String> OUTSIDE =
      Set.of(
          "v", "vi", "vf", "vd", "vshi", "vyou", "vl", "vg", "p", "pba", "pbei", "c", "cc", "d",
          "r", "rr", "rz", "rzv", "ry", "rys", "ryv", "m", "mq", "q", "qt", "qv", "t", "tg", "f",
          "u", "ude1", "ude2", "ude3", "ule", "uzhe", "uguo", "udeng", "uyy", "udh", "uls", "usuo",
          "y", "e", "o", "w", "x", "xx", "xu", "s", "l", "i", "z", "ad", "al", "nx");

  private static final int MAX_WORDS = 12;

  private final EnrichCues cues;

  public TitleScope(EnrichCues cues) {
    this.cues = cues;
  }

  /** The index of the first word of the title whose core is word {@code core}. */
  public int startBefore(List<Token> words, int core) {
    int start = core;
    for (int k = core - 1; k >= 0 && core - k <= MAX_WORDS; k--) {
      Token word = words.get(k);
      if (word.end() != words.get(k + 1).start()) {
        break; // a line break or a space between: 日电　中共中央总书记, a paragraph's end
      }
      String joined = word.text() + words.get(k + 1).text();
      if (k == core - 1 && cues.isTitle(joined)) {
        start = k; // a prefix the segmenter cut off: 常务 副市长, 第一 书记
        continue;
      }
      if (isOrdinalCount(words, k)) {
        start = ordinalStart(words, k);
        k = start;
        continue;
      }
      if (isInside(word) || joinsBodyNames(words, k, core) || namesABodysPart(words, k, core)) {
        start = k;
        continue;
      }
      break;
    }
    return start;
  }

  /** Whether the word can stand in a title's scope. */
  public boolean isInside(Token word) {
    if (word.isPunctuation()
        || word.text().chars().anyMatch(Character::isWhitespace)
        || word.isPersonName()
        || cues.titleBreaks().contains(word.text())
        || cues.notTitles().contains(word.text())) {
      return false;
    }
    return cues.scopeWords().contains(word.text()) || !OUTSIDE.contains(word.tag());
  }

  /**
   * A conjunction inside a body's name, nouns on both sides of it (医疗管理与健康科学学院, 东盟工程与技术科学院): not
   * where a name or a post stands before it.
   */
  private boolean joinsBodyNames(List<Token> words, int k, int core) {
    String text = words.get(k).text();
    if (k == 0 || k + 1 >= core || !(text.equals("与") || text.equals("和"))) {
      return false;
    }
    Token before = words.get(k - 1);
    Token after = words.get(k + 1);
    // Not before a level or a body of its own (精神和省委副书记: two things, the second a title).
    boolean opensAnotherBody =
        cues.scopeWords().contains(after.text()) || after.tagged("nt") || after.tagged("ns");
    return before.tagged("n")
        && !before.isPersonName()
        && !isPost(before)
        && after.tagged("n")
        && !after.isPersonName()
        && !opensAnotherBody;
  }

  /**
   * A transliterated place or founder's name inside a body's name (英国 金斯顿 大学, 罗伯特·科赫 研究所, 古浪县 黄花滩
   * …合作社): the segmenter reads it as a person's, but a body's word follows it, or a place stands
   * before it, and the post is still to come.
   */
  private boolean namesABodysPart(List<Token> words, int k, int core) {
    Token word = words.get(k);
    if (!word.isPersonName() || k + 1 >= core) {
      return false;
    }
    Token next = words.get(k + 1);
    boolean beforeBody =
        cues.endsWithAny(next.text(), cues.unitSuffixes())
            || cues.civilBodies().stream().anyMatch(next.text()::endsWith);
    // Between a place and the rest of a body's name: 古浪县 黄花滩 生态移民…合作社.
    boolean afterPlace = k > 0 && (words.get(k - 1).tagged("ns") || words.get(k - 1).tagged("nt"));
    return beforeBody || afterPlace;
  }

  private boolean isPost(Token word) {
    return cues.isTitle(word.text());
  }

  /** A count of sessions closing at word {@code k}: 第 七十四 届 (联大主席), 第十三 届. */
  private static boolean isOrdinalCount(List<Token> words, int k) {
    return words.get(k).text().equals("届") && ordinalStart(words, k) < k;
  }

  private static int ordinalStart(List<Token> words, int k) {
    for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
      if (words.get(j).text().startsWith("第")) {
        return j;
      }
    }
    return k;
  }
}
