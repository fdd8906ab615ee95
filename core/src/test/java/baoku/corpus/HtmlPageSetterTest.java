package baoku.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.resource.ResourceLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlPageSetterTest {
  @TempDir Path dir;

  private final ResourceLoader loader = new ResourceLoader();
  private final ArticleSetter setter = new ArticleSetter(loader);
  private final HtmlPageSetter html = new HtmlPageSetter();

  private List<SetArticle> set(SplittableRandom random) throws IOException {
    List<SetArticle> out = new ArrayList<>();
    for (CrawlArticle a :
        new CrawlReader(new CorpusSplits(loader))
            .read(CrawlFixture.write(dir), Split.TRAIN, s -> {})) {
      out.add(setter.set(a, 1, out.isEmpty(), random, List.of("周立")));
    }
    return out;
  }

  @Test
  void everyArticleIsSetOnceWithEachOfItsParagraphs() throws IOException {
    for (long seed = 0; seed < 20; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      List<SetArticle> articles = set(random);
      PageMakeup makeup = PageMakeup.of(articles, random);
      int blocks = makeup.sidebar().size() + makeup.rows().stream().mapToInt(List::size).sum();
      assertThat(blocks).isEqualTo(articles.size());
      // Each row fills the columns left beside the briefs, and no more.
      int span = makeup.sidebar().isEmpty() ? makeup.columns() : makeup.columns() - 1;
      for (List<PageMakeup.Block> row : makeup.rows()) {
        assertThat(row.stream().mapToInt(PageMakeup.Block::span).sum()).isEqualTo(span);
      }
      String page =
          html.document(
              List.of(
                  html.sheet(
                      "s0",
                      makeup,
                      true,
                      List.of("人民日报", "2020年1月2日"),
                      List.of(),
                      null,
                      makeup.heightMm(true))));
      for (SetArticle a : articles) {
        for (String paragraph : a.paragraphs()) {
          assertThat(page).contains(HtmlPageSetter.escape(paragraph));
        }
      }
      assertThat(page).contains("@page s0{size:").contains("#s0{page:s0;");
    }
  }

  @Test
  void markupInTheTextIsPrintedNotObeyed() {
    assertThat(HtmlPageSetter.escape("A<b>&C")).isEqualTo("A&lt;b&gt;&amp;C");
  }
}
