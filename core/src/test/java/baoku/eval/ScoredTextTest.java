package baoku.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoredTextTest {
  @Test
  void removesEveryKindOfWhiteSpacePythonKnows() {
    assertThat(ScoredText.squeeze("一\u3000二\u00a0三\t四\r\n五\u2007六\u202f七\u0085八"))
        .isEqualTo("一二三四五六七八");
  }

  @Test
  void keepsTheZeroWidthSpaceAndTheByteOrderMark() {
    assertThat(ScoredText.squeeze("一\u200b二\ufeff")).isEqualTo("一\u200b二\ufeff");
  }

  @Test
  void bigramsCountCodePoints() {
    Bigrams b = Bigrams.of("𠮷野家");
    assertThat(b.total()).isEqualTo(2);
    assertThat(b.shared(Bigrams.of("𠮷野"))).isEqualTo(1);
    assertThat(ScoredText.length("𠮷野")).isEqualTo(2);
  }

  @Test
  void bigramF1() {
    assertThat(Bigrams.f1("", "")).isEqualTo(1.0);
    assertThat(Bigrams.f1("甲乙丙", "")).isEqualTo(0.0);
    // gold 甲乙 乙丙, predicted 甲乙: precision 1, recall 1/2
    assertThat(Bigrams.f1("甲乙丙", "甲乙")).isEqualTo(2 * 1.0 * 0.5 / 1.5);
  }
}
