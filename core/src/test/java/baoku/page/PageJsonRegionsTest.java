package baoku.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Regions and page size in the page JSON: present for PDF pages, absent for text pages. */
class PageJsonRegionsTest {
  private final PageJson json = new PageJson();

  private static Article article(List<Region> regions) {
    return new Article(
            null,
            "标题",
            null,
            null,
            List.of(),
            null,
            "news",
            List.of("正文。"),
            List.of(),
            List.of(),
            null,
            null,
            TitleSource.PRINTED)
        .withRegions(regions);
  }

  @Test
  void writesAndReadsRegionsAndSize() {
    Page page =
        new Page(
            "p.pdf",
            Issue.empty(),
            1,
            null,
            List.of(),
            List.of(article(List.of(Region.of(39.74, 213.0, 595.2, 72.5)))),
            List.of(),
            new PageSize(910.1, 1802.9));
    String text = json.write(page);
    assertThat(text).contains("\"regions\"").contains("\"x\" : 39.7").contains("\"size\"");
    assertThat(json.read(text)).isEqualTo(page);
  }

  @Test
  void leavesThemOutForTextPages() {
    Page page =
        new Page(
            "p.txt", Issue.empty(), 1, null, List.of(), List.of(article(List.of())), List.of());
    String text = json.write(page);
    assertThat(text).doesNotContain("regions").doesNotContain("\"size\"");
    assertThat(json.read(text)).isEqualTo(page);
  }
}
