package baoku.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import baoku.page.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerScoresTest {
  @Test
  void countsOnlyExactSpansOfTheSameType() {
    NerScores scores = new NerScores();
    EntitySpan person = new EntitySpan(EntityType.PERSON, 0, 2);
    EntitySpan place = new EntitySpan(EntityType.PLACE, 3, 5);
    scores.add(
        List.of(person, place),
        List.of(
            person, new EntitySpan(EntityType.PLACE, 3, 6), new EntitySpan(EntityType.ORG, 3, 5)));
    assertThat(scores.precision(EntityType.PERSON)).isEqualTo(1.0);
    assertThat(scores.recall(EntityType.PLACE)).isEqualTo(0.0);
    assertThat(scores.precision(EntityType.ORG)).isEqualTo(0.0);
    scores.add(List.of(place), List.of(place));
    assertThat(scores.f1(EntityType.PLACE)).isCloseTo(0.5, within(1e-9));
  }
}
