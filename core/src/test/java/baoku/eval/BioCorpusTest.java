package baoku.eval;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.page.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class BioCorpusTest {
  @Test
  void readsSentencesAndTheirSpansWithSpacesOrTabs() {
    List<BioCorpus.Sentence> sentences =
        BioCorpus.parse(
            List.of(
                "王 B-PER",
                "刚 I-PER",
                "在 O",
                "北 B-LOC",
                "京 I-LOC",
                "",
                "新\tB-ORG",
                "华\tI-ORG",
                "社\tI-ORG",
                "美\tB-LOC",
                "中\tB-LOC"));
    assertThat(sentences).hasSize(2);
    assertThat(sentences.get(0).text()).isEqualTo("王刚在北京");
    assertThat(sentences.get(0).entities())
        .containsExactly(
            new EntitySpan(EntityType.PERSON, 0, 2), new EntitySpan(EntityType.PLACE, 3, 5));
    assertThat(sentences.get(1).entities())
        .containsExactly(
            new EntitySpan(EntityType.ORG, 0, 3),
            new EntitySpan(EntityType.PLACE, 3, 4),
            new EntitySpan(EntityType.PLACE, 4, 5));
  }
}
