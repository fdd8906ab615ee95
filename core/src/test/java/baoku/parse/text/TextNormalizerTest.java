package baoku.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  private final TextNormalizer normalizer = new TextNormalizer();

  @Test
  void everyKindOfLineEndIsOne() {
    assertThat(normalizer.lines("甲\r\n乙\r丙\n丁\f戊"))
        .extracting(Line::text)
        .containsExactly("甲", "乙", "丙", "丁", "戊");
  }

  @Test
  void countsBlankLinesAndIndents() {
    List<Line> lines = normalizer.lines("　　本报讯\n\n\n 第二行\n第三行");
    assertThat(lines.get(0).indented()).isTrue();
    assertThat(lines.get(0).text()).isEqualTo("本报讯");
    assertThat(lines.get(1).blankBefore()).isEqualTo(2);
    assertThat(lines.get(1).indented()).isTrue();
    assertThat(lines.get(2).blankBefore()).isZero();
    assertThat(lines.get(2).indented()).isFalse();
  }

  @Test
  void wideAndNoBreakSpacesBecomeOneSpace() {
    assertThat(normalizer.lines("冲刺三季度\u3000\u3000决战四季度\u00a0大干一百天").get(0).text())
        .isEqualTo("冲刺三季度 决战四季度 大干一百天");
  }

  @Test
  void dropsControlAndZeroWidthCharacters() {
    assertThat(normalizer.lines("颗\u0007粒\u200b硅\ufeff").get(0).text()).isEqualTo("颗粒硅");
  }

  @Test
  void widthCountsLatinHalf() {
    assertThat(Widths.of("颗粒硅")).isEqualTo(3.0);
    assertThat(Widths.of("GCL-FBR颗粒硅")).isEqualTo(6.5);
    assertThat(Widths.of("１２")).isEqualTo(2.0); // full-width digits take a full em
  }

  @Test
  void aPageOfOnlyBlankLinesHasNoLines() {
    assertThat(normalizer.lines("\n\n \u3000\n")).isEmpty();
  }
}
