package baoku.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.page.EntityType;
import baoku.page.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityFinderTest {
  private static List<Mention> find(String text) {
    return Enrichment.ENTITIES.find(text, Enrichment.TAGGER.tag(text));
  }

  private static List<String> of(List<Mention> mentions, EntityType type) {
    return mentions.stream().filter(m -> m.type() == type).map(Mention::text).toList();
  }

  @Test
  void findsBodiesByTheirSuffix() {
    assertThat(of(find("当天，市商务局和市委财经委员会召开会议。"), EntityType.ORG)).containsExactly("市商务局", "市委财经委员会");
  }

  @Test
  void takesNamedBodiesButNotKindsOfBody() {
    assertThat(of(find("新华社报道，这家保险公司开业。"), EntityType.ORG)).containsExactly("新华社");
  }

  @Test
  void findsPlacesTheDictionaryKnows() {
    assertThat(of(find("产品主要销往海外和我国广东地区。"), EntityType.PLACE)).containsExactly("广东");
  }

  @Test
  void doesNotTakeGuessedWordsForPlaces() {
    assertThat(of(find("三楼生产车间已投用，二楼生产车间正在调试。"), EntityType.PLACE)).isEmpty();
  }

  @Test
  void normalisesADeclaredShortFormToTheFullName() {
    String text = "乐山市航达储能科技有限公司（下称：航达储能科技公司）总经理说，航达储能科技公司将扩产。";
    List<Mention> orgs = find(text).stream().filter(m -> m.type() == EntityType.ORG).toList();
    assertThat(orgs)
        .extracting(Mention::text, Mention::normalized)
        .contains(
            org.assertj.core.groups.Tuple.tuple("乐山市航达储能科技有限公司", "乐山市航达储能科技有限公司"),
            org.assertj.core.groups.Tuple.tuple("航达储能科技公司", "乐山市航达储能科技有限公司"));
    for (Mention m : orgs) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }
  }
}
