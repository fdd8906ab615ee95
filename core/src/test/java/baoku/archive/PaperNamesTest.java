package baoku.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaperNamesTest {
  @Test
  void takesTheNamesOfPapers() {
    assertThat(PaperNames.problem("乐山日报")).isEmpty();
    assertThat(PaperNames.problem("人民日报海外版")).isEmpty();
    assertThat(PaperNames.problem("Leshan Daily (evening)")).isEmpty();
    assertThat(PaperNames.problem("报".repeat(PaperNames.MAX_CHARS))).isEmpty();
    assertThat(PaperNames.problem("...")).isEmpty();
  }

  @Test
  void refusesWhatCannotStandInAnIdOrAnAddress() {
    assertThat(PaperNames.problem("人民日报/海外版"))
        .hasValueSatisfying(
            r -> assertThat(r).startsWith("'人民日报/海外版' is not a paper name").contains("'/'"));
    assertThat(PaperNames.problem(".")).hasValueSatisfying(r -> assertThat(r).contains("'.'"));
    assertThat(PaperNames.problem("..")).hasValueSatisfying(r -> assertThat(r).contains("'..'"));
    assertThat(PaperNames.problem("乐山\n日报"))
        .hasValueSatisfying(r -> assertThat(r).contains("乐山\\u000a日报").doesNotContain("\n"));
    assertThat(PaperNames.problem(" ")).hasValue("no paper name: it is blank");
  }

  @Test
  void refusesANameLongerThanTheReaderTakes() {
    assertThat(PaperNames.problem("报".repeat(5_000)))
        .hasValueSatisfying(
            r ->
                assertThat(r)
                    .startsWith("'" + "报".repeat(20) + "…' is not a paper name")
                    .endsWith("it is 5000 characters long, more than 100"));
  }
}
