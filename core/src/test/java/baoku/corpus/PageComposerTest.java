package baoku.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.page.Article;
import baoku.parse.ParserCues;
import baoku.parse.label.LabelledPage;
import baoku.parse.label.LineRole;
import baoku.parse.text.TextNormalizer;
import baoku.parse.zone.JumpParser;
import baoku.resource.ResourceLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PageComposerTest {
  @TempDir Path dir;

  private final ResourceLoader loader = new ResourceLoader();
  private final PageComposer composer = new PageComposer(loader);
  private final JumpParser jumps = new JumpParser(ParserCues.standard());

  private List<CrawlArticle> frontPage() throws IOException {
    List<CrawlArticle> all =
        new CrawlReader(new CorpusSplits(loader))
            .read(CrawlFixture.write(dir), Split.TRAIN, s -> {});
    return all.stream().filter(a -> a.page() == 1).toList();
  }

  @ParameterizedTest
  @EnumSource(PageForm.class)
  void everyPrintedLineKeepsItsRoleThroughNormalising(PageForm form) throws IOException {
    List<CrawlArticle> articles = frontPage();
    for (long seed = 0; seed < 30; seed++) {
      ComposedPage page =
          composer.compose("p", articles, form, new SplittableRandom(seed), List.of("周立"));
      LabelledPage labelled = new CorpusLines(new TextNormalizer(), jumps).of(page).orElseThrow();
      assertThat(labelled.roles()).contains(LineRole.TEXT_START);
      // Whatever the composer prints as text is in the gold's bodies, and nothing else is.
      String bodies =
          String.join(
              "", page.gold().articles().stream().flatMap(a -> a.paragraphs().stream()).toList());
      for (int i = 0; i < labelled.lines().size(); i++) {
        String text = labelled.lines().get(i).text().replace(" ", "");
        if (labelled.roles().get(i) == LineRole.TEXT && jumps.find(text).isEmpty()) {
          assertThat(bodies.replace(" ", "")).contains(text);
        }
      }
    }
  }

  @Test
  void theGoldNamesTheReportersOfABylineWhereverThePageSetsIt() throws IOException {
    List<CrawlArticle> articles = frontPage();
    for (long seed = 0; seed < 30; seed++) {
      ComposedPage page =
          composer.compose(
              "p", articles, PageForm.EPAPER, new SplittableRandom(seed), List.of("周立"));
      Article first = page.gold().articles().get(0);
      if (first.title() != null) {
        assertThat(first.authors()).containsExactly("张明", "李红");
        assertThat(first.dateline()).isEqualTo("本报北京1月4日电");
      }
    }
  }

  @Test
  void bylinesAreReadAfterEitherKindOfDateline() {
    CrawlBylines bylines = new CrawlBylines();
    assertThat(bylines.read("本报讯（记者 王刚 周立）地铁三号线日前完成全线铺轨。").orElseThrow().authors())
        .containsExactly("王刚", "周立");
    CrawlBylines.Opening agency = bylines.read("新华社北京1月4日电（记者张明、李红）今天。").orElseThrow();
    assertThat(agency.dateline()).isEqualTo("新华社北京1月4日电");
    assertThat(agency.authors()).containsExactly("张明", "李红");
    assertThat(bylines.read("（本报记者 程是颉整理）")).isEmpty();
  }

  @Test
  void pagesAreTheSameForTheSameSeed() throws IOException {
    List<CrawlArticle> articles = frontPage();
    ComposedPage a =
        composer.compose("p", articles, PageForm.COLUMNS, new SplittableRandom(7), List.of("周立"));
    ComposedPage b =
        composer.compose("p", articles, PageForm.COLUMNS, new SplittableRandom(7), List.of("周立"));
    assertThat(a.text()).isEqualTo(b.text());
    assertThat(a.gold()).isEqualTo(b.gold());
  }

  @Test
  void theLunarDateIsTheOneTheCalendarGives() {
    assertThat(LunarDates.of(java.time.LocalDate.of(2020, 1, 25))).isEqualTo("农历庚子年正月初一");
    assertThat(LunarDates.of(java.time.LocalDate.of(2024, 9, 16))).isEqualTo("农历甲辰年八月十四");
  }
}
