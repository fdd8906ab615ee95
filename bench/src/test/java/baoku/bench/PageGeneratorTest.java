package baoku.bench;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.page.Article;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PageGeneratorTest {
  private static final Path SAMPLES = Path.of("../core/src/test/resources/samples/leshan-daily");

  @Test
  void ePaperPagesPrintEveryGoldParagraphOnItsOwnLine() throws Exception {
    List<GeneratedPage> pages = PageGenerator.fromGoldPages(SAMPLES, 1).generate(Layout.EPAPER, 20);
    for (GeneratedPage page : pages) {
      Set<String> lines = new HashSet<>(List.of(page.text().split("\n")));
      for (Article a : page.gold().articles()) {
        assertThat(lines).as(page.name()).containsAll(a.paragraphs());
        if (a.title() != null) {
          assertThat(lines).as(page.name()).contains(a.title());
        }
      }
      assertThat(lines).contains(page.gold().issue().paper());
    }
  }

  @Test
  void pdfColumnPagesWrapBodyLinesAtMostEighteenCharactersWide() throws Exception {
    for (GeneratedPage page :
        PageGenerator.fromGoldPages(SAMPLES, 2).generate(Layout.PDF_COLUMNS, 20)) {
      Set<String> printedWhole = new HashSet<>(List.of(page.gold().masthead().split(" ")));
      for (Article a : page.gold().articles()) {
        Stream.of(a.column(), a.kicker(), a.title(), a.subtitle()).forEach(printedWhole::add);
        a.images().forEach(i -> Stream.of(i.caption(), i.credit()).forEach(printedWhole::add));
        String body = String.join("", a.paragraphs());
        assertThat(page.text().replace("\n", "")).as(page.name()).contains(body);
      }
      page.text()
          .lines()
          .filter(line -> !line.startsWith("■") && !printedWhole.contains(line))
          .filter(line -> !page.gold().masthead().contains(line))
          .forEach(
              line ->
                  // Closing punctuation may hang past the column edge, as typesetters set it.
                  assertThat(
                          withoutHangingPunctuation(line)
                              .codePointCount(0, withoutHangingPunctuation(line).length()))
                      .as("%s: %s", page.name(), line)
                      .isLessThanOrEqualTo(18));
    }
  }

  @Test
  void pagesDifferAndTheSameSeedGivesTheSamePages() throws Exception {
    List<GeneratedPage> a = PageGenerator.fromGoldPages(SAMPLES, 7).generate(Layout.EPAPER, 50);
    List<GeneratedPage> b = PageGenerator.fromGoldPages(SAMPLES, 7).generate(Layout.EPAPER, 50);
    assertThat(a)
        .extracting(GeneratedPage::text)
        .containsExactlyElementsOf(b.stream().map(GeneratedPage::text).toList());
    assertThat(a.stream().map(GeneratedPage::text).distinct().count()).isEqualTo(50);
    assertThat(a.stream().map(p -> p.gold().issue().date()).distinct().count()).isGreaterThan(40);
  }

  private static String withoutHangingPunctuation(String line) {
    return line.replaceFirst("[，。、；：？！）》」』”’…%]+$", "");
  }
}
