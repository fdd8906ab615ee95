package baoku.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RolesTest {
  private final Roles roles = new Roles(Enrichment.CUES);

  @Test
  void aPublicPostMakesAnOfficial() {
    assertThat(roles.of(List.of("市委副书记", "市长"))).isEqualTo(Roles.OFFICIAL);
    assertThat(roles.of(List.of("县农业农村局局长"))).isEqualTo(Roles.OFFICIAL);
    assertThat(roles.of(List.of("常务副省长"))).isEqualTo(Roles.OFFICIAL);
  }

  @Test
  void businessTitlesAndCompanyPostsAreOther() {
    assertThat(roles.of(List.of("总经理"))).isEqualTo(Roles.OTHER);
    assertThat(roles.of(List.of("某某科技有限公司董事长"))).isEqualTo(Roles.OTHER);
    assertThat(roles.of(List.of("某某集团党委书记"))).isEqualTo(Roles.OTHER);
  }

  @Test
  void noTitleIsOther() {
    assertThat(roles.of(List.of())).isEqualTo(Roles.OTHER);
  }
}
