package baoku.people;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.resource.ResourceLoader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostsTest {
  private static final LocalDate DAY = LocalDate.of(2024, 9, 16);
  private final Posts posts = new Posts(new ResourceLoader());

  @Test
  void aTitleSplitsWhereItsPostStarts() {
    assertThat(posts.split("农业农村部副部长")).isEqualTo(new Post("农业农村部", "副部长"));
    assertThat(posts.split("乐山市委书记")).isEqualTo(new Post("乐山市委", "书记"));
    assertThat(posts.split("农业农村部党组书记")).isEqualTo(new Post("农业农村部", "党组书记"));
    assertThat(posts.split("乐山市常务副市长")).isEqualTo(new Post("乐山市", "常务副市长"));
    assertThat(posts.split("市长")).isEqualTo(new Post("", "市长"));
    assertThat(posts.split("记者")).isEqualTo(new Post("", "记者"));
  }

  @Test
  void holdersAreGroupedByOrganisationThoseOfNoneLast() {
    List<OrganisationPosts> grouped =
        posts.byOrganisation(
            List.of(
                new Officeholder("市长", "马波", DAY, DAY),
                new Officeholder("农业农村部部长", "唐仁健", DAY, DAY),
                new Officeholder("农业农村部副部长", "张桃林", DAY.minusDays(3), DAY),
                new Officeholder("农业农村部副部长", "马有祥", DAY, DAY)));

    assertThat(grouped).extracting(OrganisationPosts::organisation).containsExactly("农业农村部", "");
    assertThat(grouped.get(0).holders())
        .extracting(h -> h.post() + " " + h.name())
        .containsExactly("副部长 张桃林", "副部长 马有祥", "部长 唐仁健");
    assertThat(grouped.get(1).holders())
        .containsExactly(new PostHolder("市长", "市长", "马波", DAY, DAY));
  }
}
