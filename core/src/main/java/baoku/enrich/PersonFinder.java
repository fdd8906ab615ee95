package baoku.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the people a text names. The segmenter alone finds most names but also words that merely
 * look like names (乐即检, 保安全), so a name is believed only with evidence a newspaper prints: a title
 * beside it, or a word that says a person speaks or what the person is (张三说, 村民李四).
 */
public final class PersonFinder {
  private final EnrichCues cues;
  private final NameShape names;
  private final TitleFinder titles;

  public PersonFinder(EnrichCues cues, NameShape names, TitleFinder titles) {
    this.cues = cues;
    this.names = names;
    this.titles = titles;
  }

  public List<Sighting> find(String text, List<Token> words) {
    List<Sighting> out = new ArrayList<>();
    for (TitledName titled : titles.find(text, words)) {
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
      boolean described = i > 0 && cues.personNouns().contains(words.get(i - 1).text());
      if (speaks || described) {
        out.add(new Sighting(name, word.start(), List.of()));
      }
    }
    out.sort(Comparator.comparingInt(Sighting::start));
    return out;
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

  private static boolean covered(List<Sighting> found, Token word) {
    return found.stream().anyMatch(s -> s.start() <= word.start() && word.start() < s.end());
  }
}
