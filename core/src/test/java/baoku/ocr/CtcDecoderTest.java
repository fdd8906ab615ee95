package baoku.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CtcDecoderTest {
  /** Classes: 0 blank, 1 甲, 2 乙, 3 丶, 4 space (one past the list). */
  private final CtcDecoder decoder = new CtcDecoder(List.of("甲", "乙", "丶"), Map.of("丶", "、"));

  @Test
  void repeatsMergeAndBlanksSeparate() {
    int[] best = {1, 1, 0, 1, 2, 2, 0, 0, 4, 3};
    List<CtcDecoder.Step> steps = decoder.decode(probabilities(best), 0, best.length, 5);
    assertThat(steps).extracting(CtcDecoder.Step::text).containsExactly("甲", "甲", "乙", " ", "、");
    assertThat(steps).extracting(CtcDecoder.Step::step).containsExactly(0, 3, 4, 8, 9);
    assertThat(steps).allSatisfy(s -> assertThat(s.probability()).isEqualTo(0.9, within()));
  }

  @Test
  void onlyBlanksReadNothing() {
    assertThat(decoder.decode(probabilities(new int[] {0, 0, 0}), 0, 3, 5)).isEmpty();
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-6);
  }

  private static float[] probabilities(int[] best) {
    float[] out = new float[best.length * 5];
    for (int t = 0; t < best.length; t++) {
      for (int c = 0; c < 5; c++) {
        out[t * 5 + c] = c == best[t] ? 0.9f : 0.025f;
      }
    }
    return out;
  }
}
