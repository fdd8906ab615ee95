package baoku.enrich;

import baoku.enrich.names.NameModel;
import baoku.enrich.names.NameSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the people a text names: those a title or a cue vouches for (市委书记马波, 张三说, 村民李四), and those
 * the name model reads anywhere in the text (state leaders in running text, people in lists,
 * transliterated names), a model learned from annotated news. The segmenter's own person words are
 * not believed on their own: too many merely look like names (乐即检, 保安全). Forms of address (李大妈,
 * 习主席) and collective names (党中央) are no names.
 */
public final class PersonFinder {
  private final EnrichCues cues;
  private final NameShape names;
  private final TitleFinder titles;
  private final NameModel model;

  public PersonFinder(EnrichCues cues, NameShape names, TitleFinder titles, NameModel model) {
    this.cues = cues;
    this.names = names;
    this.titles = titles;
    this.model = model;
  }

  public List<Sighting> find(String text, List<Token> words) {
    List<Sighting> out = new ArrayList<>();
    List<NameSpan> learned = joinParts(text, words, model.find(text, words));
    for (TitledName titled : titles.find(text, words, learned)) {
      out.add(new Sighting(titled.name(), titled.start(), titled.titles()));
    }
    for (int i = 0; i < words.size(); i++) {
      Token word = words.get(i);
      if (!word.isPersonName() || !names.isPlausible(word.text()) || covered(out, word)) {
        continue;
      }
      String name = names.nameAt(words, i);
      if (name == null) {
        continue;
      }
      int after = i + (name.length() > word.text().length() ? 2 : 1);
      boolean speaks = after < words.size() && cues.speechCues().contains(words.get(after).text());
      String before = i > 0 ? words.get(i - 1).text() : "";
      boolean official = cues.officialNouns().contains(before);
      if (speaks || official || cues.personNouns().contains(before)) {
        out.add(new Sighting(name, word.start(), List.of(), official));
      }
    }
    for (NameSpan span : learned) {
      String name = text.substring(span.start(), span.end());
      if (names.isLearnedName(name) && !overlaps(out, span)) {
        out.add(new Sighting(name, span.start(), List.of()));
      }
    }
    out.sort(Comparator.comparingInt(Sighting::start));
    spreadAlongLists(text, words, out);
    // A title vouches for a name with a function character (康京和); nothing else does (时也).
    out.removeIf(
        s ->
            names.isFormOfAddress(s.name())
                || (s.titles().isEmpty() && names.hasFunctionCharacter(s.name())));
    out.sort(Comparator.comparingInt(Sighting::start));
    markReporters(text, out);
    markComrades(text, out);
    return out;
  }

  /**
   * A transliterated name the model read in parts, joined whole: two parts with a middle dot or a
   * dash between (穆罕默德—班迪), or a part and the person word the segmenter read after its dot
   * (罗尔夫·希尔根费尔德).
   */
  private static List<NameSpan> joinParts(String text, List<Token> words, List<NameSpan> spans) {
    List<NameSpan> out = new ArrayList<>();
    for (NameSpan span : spans) {
      NameSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && span.start() == last.end() + 1 && isJoiner(text.charAt(last.end()))) {
        out.set(out.size() - 1, new NameSpan(last.start(), span.end()));
      } else {
        out.add(span);
      }
    }
    for (int n = 0; n < out.size(); n++) {
      NameSpan span = out.get(n);
      int end = span.end();
      while (end + 1 < text.length() && isJoiner(text.charAt(end))) {
        Token next = wordAt(words, end + 1);
        if (next == null || !next.isPersonName()) {
          break;
        }
        end = next.end();
      }
      int limit = n + 1 < out.size() ? out.get(n + 1).start() : text.length();
      if (end > span.end() && end <= limit) {
        out.set(n, new NameSpan(span.start(), end));
      }
    }
    return out;
  }

  private static boolean isJoiner(char c) {
    return c == '·' || c == '•' || c == '・' || c == '—' || c == '－';
  }

  private static Token wordAt(List<Token> words, int start) {
    for (Token word : words) {
      if (word.start() == start) {
        return word;
      }
    }
    return null;
  }

  /**
   * Marks the names printed after a reporter's word (本报记者张三) and the names listed after those
   * (、李四、王五): the reporters of a story printed at its end, where no byline reads them.
   */
  private void markReporters(String text, List<Sighting> found) {
    boolean listing = false;
    int previousEnd = -1;
    for (int n = 0; n < found.size(); n++) {
      Sighting s = found.get(n);
      boolean listed = listing && s.start() == previousEnd + 1 && isListMark(text, previousEnd);
      if ((listed || afterReporterNoun(text, s.start())) && s.titles().isEmpty()) {
        found.set(n, new Sighting(s.name(), s.start(), s.titles(), false, true));
        listing = true;
      } else {
        listing = false;
      }
      previousEnd = s.end();
    }
    // （李大勇、张旭航、刘远桥参与采写）: the list before a word that says they reported it.
    boolean reported = false;
    int nextStart = -1;
    for (int n = found.size() - 1; n >= 0; n--) {
      Sighting s = found.get(n);
      boolean listed = reported && nextStart == s.end() + 1 && isListMark(text, s.end());
      if ((listed || followedBy(text, s.end(), cues.reporterVerbs())) && s.titles().isEmpty()) {
        found.set(n, new Sighting(s.name(), s.start(), s.titles(), false, true));
        reported = true;
      } else {
        reported = false;
      }
      nextStart = s.start();
    }
  }

  /**
   * Marks as officials the names printed with a word that says the person is a comrade of the party
   * (习近平同志): no post is named, but the paper names officials so.
   */
  private void markComrades(String text, List<Sighting> found) {
    for (int n = 0; n < found.size(); n++) {
      Sighting s = found.get(n);
      if (!s.reporter() && followedBy(text, s.end(), cues.officialAfterName())) {
        found.set(n, new Sighting(s.name(), s.start(), s.titles(), true, false));
      }
    }
  }

  private static boolean followedBy(String text, int at, java.util.Set<String> words) {
    for (String word : words) {
      if (text.startsWith(word, at)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isListMark(String text, int at) {
    char c = text.charAt(at);
    return c == '、' || c == ' ' || c == '\u3000';
  }

  private boolean afterReporterNoun(String text, int start) {
    int end = start;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    String before = text.substring(Math.max(0, end - 6), end);
    for (String noun : cues.reporterNouns()) {
      if (before.endsWith(noun)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name believed makes its neighbours in a list believed too (市领导张三、李四、王五出席): papers list people
   * of one kind together, and the cue stands at one end of the list only.
   */
  private void spreadAlongLists(String text, List<Token> words, List<Sighting> found) {
    for (int n = 0; n < found.size(); n++) {
      Sighting seen = found.get(n);
      boolean official = seen.official();
      // The next name in the list, after 、
      if (seen.end() < text.length() && text.charAt(seen.end()) == '、') {
        int next = wordStartingAt(words, seen.end() + 1);
        String name = next < 0 ? null : names.nameAt(words, next);
        if (name != null) {
          addOrRaise(found, new Sighting(name, seen.end() + 1, List.of(), official));
        }
      }
      // The name before, ending just before 、
      if (seen.start() >= 3 && text.charAt(seen.start() - 1) == '、') {
        for (int k = 0; k < words.size(); k++) {
          String name = names.nameAt(words, k);
          int start = words.get(k).start();
          if (name != null
              && start + name.length() == seen.start() - 1
              && !cues.isTitle(words.get(k).text())) {
            addOrRaise(found, new Sighting(name, start, List.of(), official));
            break;
          }
        }
      }
    }
  }

  private static int wordStartingAt(List<Token> words, int offset) {
    for (int k = 0; k < words.size(); k++) {
      if (words.get(k).start() == offset) {
        return k;
      }
    }
    return -1;
  }

  /** Adds a list neighbour, or marks one already found as official where its list says so. */
  private static void addOrRaise(List<Sighting> found, Sighting neighbour) {
    for (int i = 0; i < found.size(); i++) {
      Sighting s = found.get(i);
      if (s.start() <= neighbour.start() && neighbour.start() < s.end()) {
        if (neighbour.official() && !s.official()) {
          found.set(i, new Sighting(s.name(), s.start(), s.titles(), true));
        }
        return;
      }
    }
    found.add(neighbour);
  }

  /**
   * The names to mark in a text: those {@link #find} believes, and the segmenter's own person words
   * that are shaped like names (a family name first, no function character, not counted like
   * 1000余亩) or that it read as foreign or Japanese names (克林顿, 桥本龙太郎). Looser than {@link #find}: a
   * mention is a pointer into the text, while the page's people list is a claim about who is on the
   * page.
   */
  public List<String> mentionNames(String text, List<Token> words) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    find(text, words).forEach(s -> out.add(s.name()));
    for (int i = 0; i < words.size(); i++) {
      Token word = words.get(i);
      if (!word.isPersonName() || (i > 0 && words.get(i - 1).tagged("m"))) {
        continue;
      }
      if (word.tag().equals("nrf") || word.tag().equals("nrj")) {
        if (word.text().length() >= 2) {
          out.add(word.text());
        }
        continue;
      }
      String name = names.nameAt(words, i);
      if (name != null && names.isPlausible(name) && !names.hasFunctionCharacter(name)) {
        out.add(name);
      }
    }
    return List.copyOf(out);
  }

  private static boolean overlaps(List<Sighting> found, NameSpan span) {
    return found.stream().anyMatch(s -> s.start() < span.end() && span.start() < s.end());
  }

  private static boolean covered(List<Sighting> found, Token word) {
    return found.stream().anyMatch(s -> s.start() <= word.start() && word.start() < s.end());
  }
}
