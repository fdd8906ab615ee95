package baoku.eval;

import baoku.page.Person;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The people found on pages against the gold, as the reference scorer {@code score-people} counts
 * them: precision, recall and F1 of (page, name) and of (page, name, title), and how many of the
 * people named right have the right role. Add pages one by one, then read the report.
 */
public final class PeopleScore {
  private final Set<List<String>> goldNames = new HashSet<>();
  private final Set<List<String>> foundNames = new HashSet<>();
  private final Set<List<String>> goldTitles = new HashSet<>();
  private final Set<List<String>> foundTitles = new HashSet<>();
  private int named;
  private int rolesRight;

  /** One page: its gold people and the people found on it. */
  public void add(String page, List<Person> gold, List<Person> found) {
    Map<String, String> roles = new HashMap<>();
    for (Person p : found) {
      roles.put(p.name(), p.role());
      foundNames.add(List.of(page, p.name()));
      p.titles().forEach(t -> foundTitles.add(List.of(page, p.name(), t)));
    }
    for (Person p : gold) {
      goldNames.add(List.of(page, p.name()));
      p.titles().forEach(t -> goldTitles.add(List.of(page, p.name(), t)));
      if (roles.containsKey(p.name())) {
        named++;
        rolesRight += roles.get(p.name()).equals(p.role()) ? 1 : 0;
      }
    }
  }

  public double namesF1() {
    return f1(goldNames, foundNames);
  }

  public double titlesF1() {
    return f1(goldTitles, foundTitles);
  }

  /** The report, line for line as {@code score-people} prints it, with every miss and extra. */
  public String report(int listed) {
    StringBuilder out = new StringBuilder();
    line(out, "names", goldNames, foundNames, listed);
    line(out, "titles", goldTitles, foundTitles, listed);
    out.append(String.format(Locale.ROOT, "roles   %d/%d right%n", rolesRight, named));
    out.append(String.format(Locale.ROOT, "score: %.3f%n", namesF1()));
    return out.toString();
  }

  private static void line(
      StringBuilder out,
      String label,
      Set<List<String>> gold,
      Set<List<String>> found,
      int listed) {
    double[] prf = prf(gold, found);
    out.append(
        String.format(
            Locale.ROOT,
            "%-7s precision %.3f  recall %.3f  F1 %.3f   (gold %d, found %d)%n",
            label,
            prf[0],
            prf[1],
            prf[2],
            gold.size(),
            found.size()));
    list(out, "  missing: ", gold, found, listed);
    list(out, "  extra:   ", found, gold, listed);
  }

  private static void list(
      StringBuilder out, String label, Set<List<String>> from, Set<List<String>> less, int listed) {
    Set<String> items = new TreeSet<>();
    for (List<String> item : from) {
      if (!less.contains(item)) {
        items.add(String.join("/", item.subList(1, item.size())));
      }
    }
    if (!items.isEmpty()) {
      out.append(label)
          .append(String.join(", ", items.stream().limit(listed).toList()))
          .append('\n');
    }
  }

  private static double f1(Set<List<String>> gold, Set<List<String>> found) {
    return prf(gold, found)[2];
  }

  private static double[] prf(Set<List<String>> gold, Set<List<String>> found) {
    Set<List<String>> both = new HashSet<>(gold);
    both.retainAll(found);
    double p = found.isEmpty() ? (gold.isEmpty() ? 1 : 0) : (double) both.size() / found.size();
    double r = gold.isEmpty() ? 1 : (double) both.size() / gold.size();
    return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
  }
}
