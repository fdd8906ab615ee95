package baoku.enrich.names;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.enrich.HanLpTagger;
import baoku.enrich.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameModelTest {
  private static final HanLpTagger TAGGER = new HanLpTagger();
  private static final NameFeatures FEATURES = new NameFeatures(Set.of("王", "李", "欧阳"));

  @Test
  void theFeaturesAsTextGiveTheKeysTheTextIsScoredWith() {
    String text = "欧阳明说，王小二和ＡＢ１·李四\t来了";
    List<Token> words = TAGGER.tag(text);
    List<Long> keys = new ArrayList<>();
    FEATURES.keys(text, words, (i, key) -> keys.add(key));
    List<Long> described = new ArrayList<>();
    FEATURES.describe(
        text, words, (i, template, atoms) -> described.add(NameFeatures.key(template, atoms)));
    assertThat(described).isEqualTo(keys).hasSize(text.length() * NameFeatures.TEMPLATES);
  }

  @Test
  void learnsNamesFromMarkedTextsAndReadsThemBackFromItsFile() {
    List<NameTrainer.Example> examples = new ArrayList<>();
    String[] names = {"王小明", "李大伟", "王芳", "李建国", "欧阳山"};
    for (int round = 0; round < 4; round++) {
      for (String name : names) {
        String text = "记者见到了" + name + "，" + name + "说天气很好。";
        examples.add(
            new NameTrainer.Example(
                text,
                List.of(
                    new NameSpan(5, 5 + name.length()),
                    new NameSpan(6 + name.length(), 6 + 2 * name.length()))));
      }
    }
    NameTrainer.Trained trained = new NameTrainer(TAGGER, FEATURES, 5, 1, 1).train(examples);
    String text = "记者见到了李小明，李小明说天气很好。";
    List<NameSpan> expected = List.of(new NameSpan(5, 8), new NameSpan(9, 12));
    assertThat(trained.model().find(text, TAGGER.tag(text))).isEqualTo(expected);

    NameModel read = NameModelFile.read(NameModelFile.write(trained, "a test"), FEATURES);
    assertThat(read.find(text, TAGGER.tag(text))).isEqualTo(expected);
  }

  @Test
  void theShippedModelFindsNamesNoCueIntroduces() {
    NameModel model = baoku.enrich.Enricher.standardNameModel(baoku.enrich.EnrichCues.standard());
    String text = "会议由李克强主持，王沪宁、赵乐际出席。";
    List<String> found =
        model.find(text, TAGGER.tag(text)).stream()
            .map(s -> text.substring(s.start(), s.end()))
            .toList();
    assertThat(found).containsExactly("李克强", "王沪宁", "赵乐际");
  }
}
