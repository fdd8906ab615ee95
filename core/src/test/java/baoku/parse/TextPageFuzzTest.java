package baoku.parse;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.page.Page;
import baoku.resource.ResourceLoader;
import baoku.testing.ByteMutator;
import baoku.testing.FuzzBudget;
import baoku.testing.SamplePages;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The page parser over seeded variants of the sample pages' text: each returns a page or is refused
 * with one line naming the file; nothing else escapes. See {@link FuzzBudget}.
 */
class TextPageFuzzTest {
  /** Inputs are kept to 256 KB: a page's text is far smaller, and memory stays bounded. */
  private static final int MAX_BYTES = 256 * 1024;

  @Test
  void everyVariantIsAPageOrARefusalNamingTheFile() {
    ResourceLoader resources = new ResourceLoader();
    List<byte[]> samples =
        List.of(
            resources
                .text("samples/" + SamplePages.PAGE_2022 + ".txt")
                .getBytes(StandardCharsets.UTF_8),
            resources
                .text("samples/" + SamplePages.PAGE_2024 + ".txt")
                .getBytes(StandardCharsets.UTF_8));
    FuzzBudget budget = FuzzBudget.of(150);
    ByteMutator mutator = ByteMutator.ofText(budget.seed(), MAX_BYTES);
    PageParser parser = new PageParser();
    int pages = 0;
    int refused = 0;
    for (int i = 0; i < budget.iterations(); i++) {
      byte[] input = mutator.mutate(samples.get(i % 2), samples.get((i + 1) % 2));
      String name = "variant-" + budget.seed() + "-" + i + ".txt";
      try {
        Page page = parser.parse(input, name, PageHints.none());
        assertThat(page).as(name).isNotNull();
        pages++;
      } catch (PageInputException e) {
        assertThat(e.getMessage()).as(name).startsWith(name + ": ").doesNotContain("\n", "\r");
        refused++;
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError(
            name + " (seed " + budget.seed() + ", iteration " + i + "): " + e, e);
      }
    }
    // The variants stay close enough to pages that most are read as pages.
    assertThat(pages + refused).isEqualTo(budget.iterations());
    assertThat(pages).isGreaterThan(budget.iterations() / 3);
  }
}
