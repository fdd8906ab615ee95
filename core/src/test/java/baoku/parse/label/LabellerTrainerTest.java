package baoku.parse.label;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.parse.ParserCues;
import baoku.parse.text.Line;
import baoku.parse.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LabellerTrainerTest {
  private final LineFeatures features = new LineFeatures(LineCues.of(ParserCues.standard()));

  /** Pages of a headline, a dateline paragraph and more paragraphs, in random words. */
  private static List<LabelledPage> pages(long seed, int count) {
    Random random = new Random(seed);
    List<LabelledPage> out = new ArrayList<>();
    for (int p = 0; p < count; p++) {
      StringBuilder text = new StringBuilder();
      List<LineRole> roles = new ArrayList<>();
      for (int a = 0; a < 1 + random.nextInt(3); a++) {
        text.append(words(random, 6 + random.nextInt(8))).append("\n\n");
        roles.add(LineRole.TITLE);
        text.append("　　本报讯（记者 王明）").append(words(random, 30)).append("。\n");
        roles.add(LineRole.TEXT_START);
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
          text.append("　　")
              .append(words(random, 20 + random.nextInt(30)))
              .append("，")
              .append(words(random, 10))
              .append("。\n");
          roles.add(LineRole.PARAGRAPH_START);
        }
        text.append("\n");
      }
      List<Line> lines = new TextNormalizer().lines(text.toString());
      out.add(new LabelledPage(lines, roles));
    }
    return out;
  }

  private static String words(Random random, int length) {
    String han = "国家城市发展建设经济社会文化教育科技交通工程项目群众服务";
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(han.charAt(random.nextInt(han.length())));
    }
    return out.toString();
  }

  @Test
  void learnsToTellHeadlinesFromTextOnPagesItHasNotSeen() {
    LineLabeller labeller = new LabellerTrainer(features, 5, 1, 1).train(pages(1, 40));
    int right = 0;
    int total = 0;
    for (LabelledPage page : pages(2, 20)) {
      LineRole[] guess = labeller.label(features.of(page.lines()));
      for (int i = 0; i < guess.length; i++) {
        right += guess[i] == page.roles().get(i) ? 1 : 0;
        total++;
      }
    }
    assertThat((double) right / total).isGreaterThan(0.95);
  }

  @Test
  void theSameSeedLearnsTheSameWeightsAndTheModelTextReadsBackAlike() {
    LineLabeller a = new LabellerTrainer(features, 3, 1, 9).train(pages(3, 10));
    LineLabeller b = new LabellerTrainer(features, 3, 1, 9).train(pages(3, 10));
    String text = LabellerModel.write(a, "test");
    assertThat(LabellerModel.write(b, "test")).isEqualTo(text);
    assertThat(LabellerModel.write(LabellerModel.read(text), "test")).isEqualTo(text);
  }

  @Test
  void anEmptyPageHasNoRoles() {
    LineLabeller labeller = new LabellerTrainer(features, 1, 1, 1).train(pages(4, 2));
    assertThat(labeller.label(List.of())).isEmpty();
  }

  @Test
  void aModelOfAnotherKindIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> LabellerModel.read("weights\n"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
