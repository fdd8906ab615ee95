package baoku.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.page.Page;
import baoku.page.Person;
import baoku.parse.PageHints;
import baoku.parse.PageParser;
import baoku.resource.ResourceLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The people of the two sample pages (resources samples/leshan-daily, see SOURCE.md there), parsed
 * with their hints and enriched, scored as {@code score-people} scores them.
 */
class SamplePeopleTest {
  private static final String DIR = "samples/leshan-daily/";
  private static final List<String> PAGES =
      List.of("leshan-daily-2022-07-23-p1", "leshan-daily-2024-09-16-p1");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Set<String> goldNames = new HashSet<>();
  private static final Set<String> foundNames = new HashSet<>();
  private static final Set<String> goldTitles = new HashSet<>();
  private static final Set<String> foundTitles = new HashSet<>();
  private static int rolesRight;
  private static int named;

  @BeforeAll
  static void parseAndScore() throws Exception {
    ResourceLoader resources = new ResourceLoader("/");
    JsonNode gold = JSON.readTree(resources.text(DIR + "people.gold.json")).get("pages");
    PageParser parser = new PageParser();
    for (String name : PAGES) {
      JsonNode meta = JSON.readTree(resources.text(DIR + name + ".meta.json"));
      PageHints hints =
          new PageHints(
              meta.path("paper").asText(null),
              meta.has("date") ? LocalDate.parse(meta.get("date").asText()) : null,
              meta.has("page") ? meta.get("page").asInt() : null);
      Page page =
          Enrichment.ENRICHER.enrich(
              parser.parse(resources.text(DIR + name + ".txt"), name, hints));
      Map<String, String> roles = new java.util.HashMap<>();
      for (Person p : page.people()) {
        foundNames.add(name + "/" + p.name());
        p.titles().forEach(t -> foundTitles.add(name + "/" + p.name() + "/" + t));
        roles.put(p.name(), p.role());
      }
      for (JsonNode p : gold.get(name)) {
        String person = p.get("name").asText();
        goldNames.add(name + "/" + person);
        p.get("titles").forEach(t -> goldTitles.add(name + "/" + person + "/" + t.asText()));
        if (roles.containsKey(person)) {
          named++;
          rolesRight += roles.get(person).equals(p.get("role").asText()) ? 1 : 0;
        }
      }
    }
  }

  @Test
  void everyNameIsFoundAndNothingElse() {
    assertThat(minus(foundNames, goldNames)).as("extra").isEmpty();
    assertThat(minus(goldNames, foundNames)).as("missing").isEmpty();
  }

  @Test
  void everyTitleIsFoundAndNothingElse() {
    assertThat(minus(foundTitles, goldTitles)).as("extra").isEmpty();
    assertThat(minus(goldTitles, foundTitles)).as("missing").isEmpty();
  }

  @Test
  void everyRoleIsRight() {
    assertThat(rolesRight).isEqualTo(named);
    assertThat(named).isPositive();
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.TreeSet<>(a);
    out.removeAll(b);
    return out;
  }
}
