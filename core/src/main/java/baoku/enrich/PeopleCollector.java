package baoku.enrich;

import baoku.page.Image;
import baoku.page.Person;
import baoku.parse.ParserCues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges what one page says about its people into one entry each: every title printed beside a name
 * anywhere on the page, and the role. Reporters come from bylines and photo credits, except bylines
 * that name no person (本报评论员).
 */
public final class PeopleCollector {
  private static final Pattern CREDIT_SEPARATORS = Pattern.compile("[\\s、，,/／]+");

  private final NameShape names;
  private final Roles roles;
  private final ParserCues bylines;

  /**
   * @param bylines the parser's cues for bylines: which name no person (本报评论员), the role words (记者,
   *     摄) and how a photo credit reads
   */
  public PeopleCollector(NameShape names, Roles roles, ParserCues bylines) {
    this.names = names;
    this.roles = roles;
    this.bylines = bylines;
  }

  /** What one article says about people: its bylines and credits, and the names in its text. */
  public record ArticlePeople(List<String> authors, List<Image> images, List<Sighting> sightings) {}

  /**
   * One entry per person on the page, in order of first appearance. {@code pageText} is all the
   * page's text, to tell a short name from the start of a longer one.
   */
  public List<Person> collect(List<ArticlePeople> articles, String pageText) {
    Map<String, Set<String>> titles = new LinkedHashMap<>();
    Set<String> reporters = new LinkedHashSet<>();
    Set<String> officials = new LinkedHashSet<>();
    for (ArticlePeople article : articles) {
      for (String author : article.authors()) {
        if (!bylines.selfNamedBylines().contains(author) && names.isPlausible(author)) {
          reporters.add(author);
          titles.computeIfAbsent(author, k -> new LinkedHashSet<>());
        }
      }
      for (Image image : article.images()) {
        for (String credited : creditedNames(image.credit())) {
          reporters.add(credited);
          titles.computeIfAbsent(credited, k -> new LinkedHashSet<>());
        }
      }
      for (Sighting sighting : article.sightings()) {
        if (sighting.reporter()) {
          reporters.add(sighting.name());
        }
        if (sighting.official()) {
          officials.add(sighting.name());
        }
        titles
            .computeIfAbsent(sighting.name(), k -> new LinkedHashSet<>())
            .addAll(sighting.titles());
      }
    }
    dropTruncatedNames(titles, pageText);
    List<Person> out = new ArrayList<>();
    titles.forEach(
        (name, printed) -> {
          List<String> list = List.copyOf(printed);
          String role =
              list.isEmpty() && reporters.contains(name)
                  ? Roles.REPORTER
                  : officials.contains(name) ? Roles.OFFICIAL : roles.of(list);
          out.add(new Person(name, role, list));
        });
    return out;
  }

  /** Names in a photo credit (记者 张三 摄): a credit naming a body (融媒体中心 供图) gives none. */
  List<String> creditedNames(String credit) {
    if (credit == null) {
      return List.of();
    }
    Matcher line = bylines.creditLine().matcher(credit.strip());
    String who = line.matches() ? line.group("who") : credit;
    who = bylines.bylineRole().matcher(who).replaceAll(" ");
    List<String> out = new ArrayList<>();
    for (String part : CREDIT_SEPARATORS.split(who.strip())) {
      if (names.isPlausible(part)) {
        out.add(part);
      }
    }
    return out;
  }

  /**
   * A name found once cut short (王晓 where the page prints 王晓晖) is dropped, titles and all merged
   * into the longer name, when it never stands on its own on the page.
   */
  private static void dropTruncatedNames(Map<String, Set<String>> titles, String pageText) {
    for (String shorter : List.copyOf(titles.keySet())) {
      for (String longer : List.copyOf(titles.keySet())) {
        if (longer.length() > shorter.length()
            && longer.startsWith(shorter)
            && titles.containsKey(shorter)
            && count(pageText, shorter) == count(pageText, longer)) {
          titles.get(longer).addAll(titles.remove(shorter));
        }
      }
    }
  }

  private static int count(String text, String word) {
    int n = 0;
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
      n++;
    }
    return n;
  }
}
