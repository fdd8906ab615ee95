package baoku.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.page.Region;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReadingOrderTest {
  /** A named block at a place, a headline or not. */
  private record Item(String name, Region box, boolean headline) implements Placed {
    @Override
    public boolean isHeadline() {
      return headline;
    }
  }

  private static Item head(String name, double x, double y, double w) {
    return new Item(name, new Region(x, y, w, 30), true);
  }

  private static Item column(String name, double x, double y) {
    return new Item(name, new Region(x, y, 100, 200), false);
  }

  private static List<String> order(List<Item> items) {
    return new ReadingOrder().order(items).stream().map(Item::name).toList();
  }

  @Test
  void articlesSetSideBySideAreReadOneAfterTheOther() {
    // Two articles in one row, each headline over its own two columns, all columns a gutter apart.
    List<Item> items =
        new ArrayList<>(
            List.of(
                head("A", 0, 0, 210),
                column("A1", 0, 40),
                column("A2", 110, 40),
                head("B", 220, 0, 210),
                column("B1", 220, 40),
                column("B2", 330, 40)));
    for (long seed = 0; seed < 20; seed++) {
      Collections.shuffle(items, new Random(seed));
      assertThat(order(items)).containsExactly("A", "A1", "A2", "B", "B1", "B2");
    }
  }

  @Test
  void aBylineUnderOneOfTwoHeadlinesSetSideBySideKeepsThemApart() {
    List<Item> items =
        new ArrayList<>(
            List.of(
                head("A", 0, 0, 210),
                column("A1", 0, 40),
                column("A2", 110, 40),
                head("B", 220, 0, 210),
                new Item("B-byline", new Region(220, 31, 60, 8), false),
                column("B1", 220, 40),
                column("B2", 330, 40)));
    for (long seed = 0; seed < 20; seed++) {
      Collections.shuffle(items, new Random(seed));
      assertThat(order(items)).containsExactly("A", "A1", "A2", "B", "B-byline", "B1", "B2");
    }
  }

  @Test
  void aHeadlineAcrossAllColumnsIsReadBeforeThem() {
    List<Item> items =
        List.of(
            column("2", 110, 40), head("H", 0, 0, 320), column("3", 220, 40), column("1", 0, 40));
    assertThat(order(items)).containsExactly("H", "1", "2", "3");
  }

  @Test
  void rowsStackedUnderEachOtherAreReadRowByRow() {
    List<Item> items =
        List.of(
            head("A", 0, 0, 210),
            column("A1", 0, 40),
            column("A2", 110, 40),
            head("B", 220, 0, 100),
            column("B1", 220, 40),
            head("C", 0, 260, 320),
            column("C1", 0, 300),
            column("C2", 110, 300),
            column("C3", 220, 300));
    assertThat(order(items)).containsExactly("A", "A1", "A2", "B", "B1", "C", "C1", "C2", "C3");
  }
}
