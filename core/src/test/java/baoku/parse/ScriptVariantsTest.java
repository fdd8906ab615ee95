package baoku.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ScriptVariantsTest {
  private final ScriptVariants scripts = new ScriptVariants();

  @Test
  void aPatternMatchesBothScripts() {
    Pattern dateline = scripts.compile("^(?<dateline>本报讯)");
    assertThat(dateline.matcher("本报讯（记者 张三）").find()).isTrue();
    assertThat(dateline.matcher("本報訊（記者 張三）").find()).isTrue();
    assertThat(dateline.matcher("本报讯").replaceAll("")).isEmpty();
  }

  @Test
  void classesEscapesAndCharactersWithoutAVariantStayAsWritten() {
    assertThat(scripts.widen("\\p{IsHan}{2,4}[一二三]\\d")).isEqualTo("\\p{IsHan}{2,4}[一二三]\\d");
    assertThat(scripts.widen("[下转]")).isEqualTo("[下转轉]");
    assertThat(scripts.widen("日报")).isEqualTo("日[报報]");
  }

  @Test
  void entriesGainTheirTraditionalForms() {
    assertThat(scripts.withTraditional(List.of("记者", "通讯员", "摄")))
        .containsExactly("记者", "記者", "通讯员", "通訊員", "摄", "攝");
    assertThat(
            Pattern.compile(scripts.alternation(List.of("记者", "本报记者"))).matcher("本報記者").matches())
        .isTrue();
  }

  @Test
  void everyWidenedPatternCompilesOnRandomInput() {
    Random random = new Random(42);
    for (int i = 0; i < 500; i++) {
      StringBuilder regex = new StringBuilder();
      for (int k = 0; k < 8; k++) {
        regex.append((char) (0x4e00 + random.nextInt(0x5000)));
      }
      Pattern widened = scripts.compile(regex.toString());
      assertThat(widened.matcher(regex).matches()).isTrue();
    }
  }
}
