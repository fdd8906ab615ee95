package baoku.enrich;

import baoku.page.EntityType;
import baoku.page.Mention;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Finds the places and organisations a text names. Places are the segmenter's place words, joined
 * with the place suffix after them (峨边 彝族 自治县); organisations are names of bodies read leftwards
 * from a suffix that ends one (市 商务局, 市委 财经 委员会). A short form the text declares (（下称：航达储能科技公司）) is
 * normalised to the full name before it wherever it appears.
 */
public final class EntityFinder {
  private final EnrichCues cues;
  private final BodyNameReader bodies;

  /** The organisation suffixes as a set: every word is looked up, a list search costs too much. */
  private final Set<String> orgSuffixes;

  /** The last characters of those suffixes: most words end in none, and need no lookup. */
  private final BitSet orgSuffixEnds = new BitSet();

  public EntityFinder(EnrichCues cues, BodyNameReader bodies) {
    this.cues = cues;
    this.bodies = bodies;
    this.orgSuffixes = Set.copyOf(cues.orgSuffixes());
    for (String suffix : orgSuffixes) {
      orgSuffixEnds.set(suffix.charAt(suffix.length() - 1));
    }
  }

  /** Places and organisations in {@code text}, none inside another, in order. */
  public List<Mention> find(String text, List<Token> words) {
    List<Mention> found = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Token word = words.get(i);
      if (closesOrganisation(word)) {
        int start = bodies.startBefore(words, i + 1);
        if (start < i || standsAlone(word)) {
          found.add(mention(EntityType.ORG, text, words.get(start).start(), word.end()));
        }
      } else if (bodies.isPlace(word)) {
        int end = i;
        while (end + 1 < words.size() && extendsPlace(words, end + 1)) {
          end++;
        }
        found.add(mention(EntityType.PLACE, text, word.start(), words.get(end).end()));
        i = end;
      }
    }
    found.addAll(aliases(text, found));
    return outermost(found);
  }

  /**
   * Whether a body's word is an organisation without words before it: a named body (国务院, 商务局), not
   * a bare suffix (委员会) nor a two-character brand (现代/ntc).
   */
  private boolean standsAlone(Token word) {
    return word.tagged("nt")
        && word.text().length() >= 2
        && !cues.unitSuffixes().contains(word.text());
  }

  private boolean closesOrganisation(Token word) {
    // A named body (新华社/nt), a body suffix tagged as one (商务局/nis), or a suffix standing
    // alone (经合 局/n); not a word that merely ends like one (大局/n).
    if (word.tagged("nt")) {
      return true;
    }
    String text = word.text();
    if (text.isEmpty() || !orgSuffixEnds.get(text.charAt(text.length() - 1))) {
      return false;
    }
    return word.tagged("nis")
        ? cues.endsWithAny(word.text(), cues.orgSuffixes())
        : orgSuffixes.contains(word.text());
  }

  /** A place suffix, maybe after the name of a people (彝族自治县), lengthens the place before it. */
  private boolean extendsPlace(List<Token> words, int i) {
    String text = words.get(i).text();
    if (cues.placeSuffixes().contains(text)) {
      return true;
    }
    return words.get(i).tagged("nz")
        && text.endsWith("族")
        && i + 1 < words.size()
        && cues.placeSuffixes().contains(words.get(i + 1).text());
  }

  /**
   * Every use of a declared short form, as the organisation it stands for. A declaration follows
   * the full name at once, so it is looked for only where an organisation ends.
   */
  private List<Mention> aliases(String text, List<Mention> found) {
    List<Mention> out = new ArrayList<>();
    BitSet tried = new BitSet();
    for (Mention full : found) {
      if (full.type() != EntityType.ORG || tried.get(full.end())) {
        continue; // of two bodies ending at one place, the first found stands for the alias
      }
      tried.set(full.end());
      for (var declaration : cues.aliasDeclarations()) {
        Matcher m = declaration.matcher(text).region(full.end(), text.length());
        if (!m.lookingAt()) {
          continue;
        }
        String alias = m.group("alias");
        for (int at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + alias.length())) {
          out.add(new Mention(EntityType.ORG, alias, at, at + alias.length(), full.text()));
        }
      }
    }
    return out;
  }

  private static Mention mention(EntityType type, String text, int start, int end) {
    String name = text.substring(start, end);
    return new Mention(type, name, start, end, name);
  }

  /** The longest of overlapping mentions, in text order: names inside names are not separate. */
  static List<Mention> outermost(List<Mention> mentions) {
    List<Mention> byLength = new ArrayList<>(mentions);
    byLength.sort(
        Comparator.comparingInt((Mention m) -> m.start() - m.end())
            .thenComparingInt(Mention::start));
    List<Mention> kept = new ArrayList<>();
    for (Mention m : byLength) {
      if (kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(Mention::start));
    return kept;
  }
}
