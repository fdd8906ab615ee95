package baoku.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the byline the crawl keeps inside a first paragraph (本报北京1月18日电 （记者张三、李四）), to know which
 * authors a page printed, and where it stands so that a page may print it on a line of its own
 * instead.
 */
final class CrawlBylines {
  private static final Pattern OPENING =
      Pattern.compile(
          "^(?<dateline>(?:据)?(?:本报|新华社|人民日报|中新社)[\\p{IsHan}\\d\\s]{0,20}?[电讯])"
              + "[\\s\u3000\u00A0]*[（(](?<who>[^（）()]{2,40})[）)][\\s\u3000\u00A0]*");
  private static final Pattern NAME =
      Pattern.compile("\\p{IsHan}{2,4}|\\p{IsHan}{1,6}·\\p{IsHan}{1,8}");
  private static final Set<String> ROLES =
      Set.of("记者", "本报记者", "通讯员", "实习生", "特约记者", "见习记者", "新华社记者");

  /**
   * The byline opening {@code paragraph}.
   *
   * @param dateline the dateline before it (本报北京1月18日电)
   * @param rest the paragraph after the byline
   * @param authors the names, or empty where the brackets hold something other than names
   */
  record Opening(String dateline, String rest, List<String> authors, boolean reporters) {}

  Optional<Opening> read(String paragraph) {
    Matcher m = OPENING.matcher(paragraph);
    if (!m.find()) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    boolean reporters = false;
    for (String token : m.group("who").strip().split("[、\\s\u3000\u00A0]+")) {
      String name = token;
      for (String role : ROLES) {
        if (name.startsWith(role)) {
          name = name.substring(role.length());
          reporters = true;
        }
      }
      if (name.isEmpty()) {
        continue;
      }
      if (!NAME.matcher(name).matches()) {
        return Optional.of(
            new Opening(m.group("dateline"), paragraph.substring(m.end()), List.of(), false));
      }
      names.add(name);
    }
    return Optional.of(
        new Opening(m.group("dateline"), paragraph.substring(m.end()), names, reporters));
  }
}
