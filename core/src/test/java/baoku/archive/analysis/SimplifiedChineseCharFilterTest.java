package baoku.archive.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class SimplifiedChineseCharFilterTest {
  private final Transliterator simplify =
      Transliterator.getInstance(ChineseAnalyzers.TRADITIONAL_TO_SIMPLIFIED);

  private String read(String text) throws IOException {
    StringBuilder out = new StringBuilder();
    try (Reader reader =
        new SimplifiedChineseCharFilter(new StringReader(text), new SimplifiedForms(simplify))) {
      char[] buffer = new char[3];
      for (int n = reader.read(buffer, 0, 3); n != -1; n = reader.read(buffer, 0, 3)) {
        out.append(buffer, 0, n);
      }
    }
    return out.toString();
  }

  @Test
  void simplifiesTraditionalCharactersOneForOne() throws IOException {
    assertThat(read("樂山日報記者陳光浩")).isEqualTo("乐山日报记者陈光浩");
  }

  @Test
  void leavesSimplifiedAndOtherTextAlone() throws IOException {
    assertThat(read("乐山 LESHAN 2024")).isEqualTo("乐山 LESHAN 2024");
    assertThat(read("")).isEmpty();
  }
}
