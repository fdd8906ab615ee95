package baoku.enrich;

import java.util.List;
import java.util.Set;

/**
 * Where a person's name begins and ends in tagged words: a name is a family name and one or two
 * more characters, cut where the segmenter cut.
 */
public final class NameShape {
  /** Tags of words that cannot be part of a name: verbs, function words, numbers, punctuation. */
  private static final Set<String> NOT_IN_NAMES =
      Set.of(
          "v", "vi", "vn", "vf", "vd", "vshi", "vyou", "p", "c", "cc", "d", "r", "rr", "rz", "m",
          "mq", "q", "qt", "qv", "t", "f", "u", "ude1", "ude2", "ude3", "ule", "uzhe", "uguo",
          "udeng", "y", "e", "o", "w", "x", "s");

  /** Tags under which a family name's character is not one here (来/vf 川 after 总书记). */
  private static final Set<String> VERBS_AND_FUNCTION_WORDS =
      Set.of(
          "v", "vi", "vf", "vd", "vshi", "vyou", "p", "c", "cc", "d", "r", "rr", "rz", "u", "ude1",
          "ude2", "ude3", "ule", "uzhe", "uguo", "udeng", "y", "e", "o", "w");

  /** Tags a single character may carry and still be a name's last character (晖/nz, 林/ng). */
  private static final Set<String> NAME_TAIL =
      Set.of(
          "ng", "nz", "n", "nr", "nr1", "nr2", "nrf", "nrj", "b", "g", "a", "ag", "j", "vg", "tg",
          "dg", "bg", "ns");

  /** What joins the parts of a transliterated name: middle dots, a dash (穆罕默德—班迪). */
  private static final String JOINERS = "·•・—－";

  private final EnrichCues cues;

  public NameShape(EnrichCues cues) {
    this.cues = cues;
  }

  /** Whether {@code text} looks like a Chinese personal name: a family name, 2 to 4 characters. */
  public boolean isPlausible(String text) {
    String surname = cues.surnameOf(text);
    return surname != null
        && text.length() >= surname.length() + 1
        && text.length() <= surname.length() + 2
        && text.codePoints()
            .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /**
   * Whether {@code name} addresses a person rather than naming one: a family name and a form of
   * address (李大妈, 杨女士, 习主席), a familiar prefix and a family name (老王, 小李), or a word that names a
   * body, not a person (党中央).
   */
  public boolean isFormOfAddress(String name) {
    if (cues.notNames().contains(name)) {
      return true;
    }
    if (name.length() == 2 && cues.addressPrefixes().contains(name.substring(0, 1))) {
      return true;
    }
    String surname = cues.surnameOf(name);
    return surname != null && cues.formsOfAddress().contains(name.substring(surname.length()));
  }

  /**
   * Whether a name the name model read passes for one: two characters or more, ideographs (and the
   * middle dot of 安东尼奥·古特雷斯) only, no function character after a family name (安全为, 时也) and no form
   * of address.
   */
  public boolean isLearnedName(String name) {
    if (name.length() < 2 || isFormOfAddress(name) || hasFunctionCharacter(name)) {
      return false;
    }
    boolean han =
        name.codePoints()
            .allMatch(
                c ->
                    JOINERS.indexOf(c) >= 0
                        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    return han
        && JOINERS.indexOf(name.charAt(0)) < 0
        && JOINERS.indexOf(name.charAt(name.length() - 1)) < 0;
  }

  /** Whether a character after the family name is one given names avoid (乐即检, 保安全). */
  public boolean hasFunctionCharacter(String name) {
    String surname = cues.surnameOf(name);
    String given = surname == null ? name : name.substring(surname.length());
    return given.chars().anyMatch(c -> cues.notInGivenNames().indexOf(c) >= 0);
  }

  /**
   * The name that starts at word {@code i}, or {@code null}: a person word the segmenter found,
   * lengthened by a lone character it cut off (王晓/晖 → 王晓晖), or words that together make a family
   * name and one or two characters (席/代金 → 席代金).
   */
  public String nameAt(List<Token> words, int i) {
    if (i >= words.size()) {
      return null;
    }
    Token first = words.get(i);
    if (first.isPersonName() && first.text().length() >= 2 && first.text().length() <= 4) {
      String name = first.text();
      if (name.length() == 2 && i + 1 < words.size() && isLoneTail(words.get(i + 1))) {
        name += words.get(i + 1).text();
      }
      return cues.surnameOf(name) != null || first.tag().equals("nrf") ? name : null;
    }
    if (cues.surnameOf(first.text()) == null || VERBS_AND_FUNCTION_WORDS.contains(first.tag())) {
      return null;
    }
    StringBuilder name = new StringBuilder();
    for (int j = i; j < words.size() && name.length() < 3; j++) {
      Token word = words.get(j);
      if (word.isPunctuation()
          || (word.text().length() > 1 && NOT_IN_NAMES.contains(word.tag()))
          || cues.isTitle(word.text())
          || cues.speechCues().contains(word.text())) {
        break;
      }
      if (word.text().length() == 1 && j > i && NOT_IN_NAMES.contains(word.tag())) {
        break;
      }
      name.append(word.text());
    }
    String candidate = name.toString();
    return candidate.length() >= 2 && isPlausible(candidate) ? candidate : null;
  }

  /** The name that ends just before word {@code i}, or {@code null}: a person word alone. */
  public String nameBefore(List<Token> words, int i) {
    if (i == 0) {
      return null;
    }
    Token last = words.get(i - 1);
    return last.isPersonName() && isPlausible(last.text()) ? last.text() : null;
  }

  private static boolean isLoneTail(Token word) {
    return word.text().length() == 1 && NAME_TAIL.contains(word.tag());
  }
}
