package baoku.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.page.Page;
import baoku.parse.PageHints;
import baoku.parse.PageInputException;
import baoku.testing.ByteMutator;
import baoku.testing.FuzzBudget;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The PDF reader over seeded variants of the typeset sample pages: each gives pages or is refused
 * with one line naming the file; nothing else escapes. See {@link baoku.testing.FuzzBudget}.
 */
class PdfPageFuzzTest {
  /** Twice the larger sample: enough room to grow, and memory stays bounded. */
  private static final int MAX_BYTES = 2 * 1024 * 1024;

  @Test
  void everyVariantIsPagesOrARefusalNamingTheFile() {
    List<byte[]> samples =
        List.of(Fixtures.pdf(Fixtures.PAGE_2022), Fixtures.pdf(Fixtures.PAGE_2024));
    FuzzBudget budget = FuzzBudget.of(10);
    ByteMutator mutator = ByteMutator.ofBytes(budget.seed(), MAX_BYTES);
    PdfPageReader reader = new PdfPageReader();
    int read = 0;
    for (int i = 0; i < budget.iterations(); i++) {
      byte[] input = mutator.mutate(samples.get(i % 2), samples.get((i + 1) % 2));
      String name = "variant-" + budget.seed() + "-" + i + ".pdf";
      try {
        List<Page> pages = reader.read(input, name, PageHints.none());
        assertThat(pages).as(name).isNotEmpty();
        read++;
      } catch (PageInputException e) {
        assertThat(e.getMessage()).as(name).startsWith(name + ": ").doesNotContain("\n", "\r");
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError(
            name + " (seed " + budget.seed() + ", iteration " + i + "): " + e, e);
      }
    }
    assertThat(read).as("variants read as pages").isPositive();
  }
}
