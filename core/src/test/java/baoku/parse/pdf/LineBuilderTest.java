package baoku.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineBuilderTest {
  private static final double SIZE = 10;

  /** Two columns of ten characters, {@code gutter} apart, {@code rows} lines deep. */
  private static List<Glyph> twoColumns(int rows, double gutter) {
    List<Glyph> glyphs = new ArrayList<>();
    for (int row = 0; row < rows; row++) {
      double baseline = 20 + row * 12;
      for (int i = 0; i < 10; i++) {
        glyphs.add(new Glyph("甲", i * SIZE, baseline, SIZE, SIZE, "Song", false));
        glyphs.add(new Glyph("乙", 100 + gutter + i * SIZE, baseline, SIZE, SIZE, "Song", false));
      }
    }
    return glyphs;
  }

  @ParameterizedTest
  @ValueSource(doubles = {8, 15})
  void aLinesTrailingSpaceAtTheColumnsEdgeDoesNotBridgeTheGutter(double gutter) {
    List<Glyph> glyphs = twoColumns(4, gutter);
    // A justified line that ends in a word space: the space stands at the column's edge.
    double baseline = 20 + 4 * 12;
    for (int i = 0; i < 9; i++) {
      glyphs.add(new Glyph("丙", i * SIZE, baseline, SIZE, SIZE, "Song", false));
      glyphs.add(new Glyph("丁", 100 + gutter + i * SIZE, baseline, SIZE, SIZE, "Song", false));
    }
    glyphs.add(new Glyph(" ", 90, baseline, 3, SIZE, "Song", false));
    List<TextLine> lines = new LineBuilder().lines(glyphs, List.of());
    assertThat(lines).hasSize(10);
    assertThat(lines.stream().map(TextLine::text)).contains("丙丙丙丙丙丙丙丙丙", "丁丁丁丁丁丁丁丁丁");
  }

  @Test
  void aStretchedSpaceInsideAJustifiedLineOfOneColumnStaysInTheLine() {
    List<Glyph> glyphs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      glyphs.add(new Glyph("甲", i * SIZE, 20, SIZE, SIZE, "Song", false));
    }
    glyphs.add(new Glyph(" ", 40, 20, 3, SIZE, "Song", false));
    for (int i = 0; i < 4; i++) {
      glyphs.add(new Glyph("乙", 60 + i * SIZE, 20, SIZE, SIZE, "Song", false));
    }
    assertThat(new LineBuilder().lines(glyphs, List.of()))
        .extracting(TextLine::text)
        .containsExactly("甲甲甲甲 乙乙乙乙");
  }
}
