package baoku.archive.analysis;

import baoku.resource.ResourceLoader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The genres the parser assigns (news, commentary …) and their Chinese names (消息, 评论 …), from
 * {@code archive/genres.txt}: readers search and filter by the name the reader shows them, the
 * index keeps the code.
 *
 * @param names each code's name, in the resource's order
 */
public record GenreNames(Map<String, String> names) {
  public GenreNames {
    names = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(names));
  }

  /** The shipped list. */
  public static GenreNames load(ResourceLoader resources) {
    Map<String, String> names = new LinkedHashMap<>();
    for (String entry : resources.entries("archive/genres.txt")) {
      int eq = entry.indexOf('=');
      if (eq <= 0) {
        throw new IllegalStateException("archive/genres.txt: not CODE=名称: " + entry);
      }
      names.put(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip());
    }
    return new GenreNames(names);
  }

  /** The name of {@code code}, or the code itself where it has none. */
  public String name(String code) {
    return code == null ? null : names.getOrDefault(code, code);
  }

  /** The code a reader means by {@code nameOrCode}: a name becomes its code, the rest stays. */
  public String code(String nameOrCode) {
    for (Map.Entry<String, String> entry : names.entrySet()) {
      if (entry.getValue().equals(nameOrCode)) {
        return entry.getKey();
      }
    }
    return nameOrCode;
  }
}
