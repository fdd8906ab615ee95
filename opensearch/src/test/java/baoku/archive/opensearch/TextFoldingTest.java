package baoku.archive.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldingTest {
  private final TextFolding folding = new TextFolding();

  @Test
  void foldsWidthCaseAndTraditionalCharactersAsTheEmbeddedStoreDoes() {
    assertThat(folding.rules())
        .contains(
            "\\u9673=>\\u9648", // 陳 → 陈
            "\\uFF21=>\\u0061", // Ａ → a
            "\\u0041=>\\u0061", // A → a
            "\\uFF12=>\\u0032", // ２ → 2
            "\\u3000=>\\u0020") // ideographic space → space
        .doesNotContain("\\u9648=>\\u9648");
  }

  @Test
  void namesItsRulesByAFingerprintThatDoesNotChangeBetweenRuns() {
    assertThat(folding.fingerprint()).hasSize(16).isEqualTo(new TextFolding().fingerprint());
  }
}
