package baoku.parse.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OcrLayoutTest {
  @Test
  void measuredHeightsSnapToThePagesTypeSizes() {
    double[] measured = {9.6, 9.9, 10.1, 9.8, 9.7, 8.6, 8.7, 24.0, 25.1, 9.9};
    double[] sizes = OcrLayout.typeSizes(measured);
    // Body lines share one size, captions another, headlines a third.
    assertThat(sizes[0]).isEqualTo(sizes[1]).isEqualTo(sizes[2]).isEqualTo(sizes[9]);
    assertThat(sizes[5]).isEqualTo(sizes[6]).isLessThan(sizes[0]);
    assertThat(sizes[7]).isEqualTo(sizes[8]).isGreaterThan(sizes[0]);
  }

  @Test
  void noLinesNoSizes() {
    assertThat(OcrLayout.typeSizes(new double[0])).isEmpty();
  }
}
