package baoku.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.resource.ResourceLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlReaderTest {
  @TempDir Path dir;

  private final CrawlReader reader = new CrawlReader(new CorpusSplits(new ResourceLoader()));

  @Test
  void readsHeadlinePartsAndParagraphsByTheFileLayout() throws IOException {
    List<String> rejected = new ArrayList<>();
    List<CrawlArticle> articles = reader.read(CrawlFixture.write(dir), Split.TRAIN, rejected::add);
    assertThat(rejected).isEmpty();
    assertThat(articles).hasSize(3);
    CrawlArticle first = articles.get(0);
    assertThat(first.date()).isEqualTo(LocalDate.of(2020, 1, 5));
    assertThat(first.page()).isEqualTo(1);
    assertThat(first.order()).isEqualTo(1);
    assertThat(first.kicker()).isEqualTo("全市冬季农业生产现场会召开——");
    assertThat(first.title()).isEqualTo("抓好冬春田间管理 夯实全年丰收基础");
    assertThat(first.subtitle()).isEmpty();
    assertThat(first.paragraphs()).hasSize(4);
    assertThat(first.paragraphs().get(1)).startsWith("会议要求");
  }

  @Test
  void eachSplitReadsItsOwnMonthsAndTheHeldOutMonthsAreNeverOpened() throws IOException {
    CrawlFixture.write(dir);
    List<String> rejected = new ArrayList<>();
    for (Split split : Split.values()) {
      for (CrawlArticle a : reader.read(dir, split, rejected::add)) {
        assertThat(a.month()).isNotEqualTo("2019-02");
        assertThat(split).isEqualTo(a.month().equals("2020-02") ? Split.DEV : Split.TRAIN);
      }
    }
    assertThat(rejected).isEmpty();
  }

  @Test
  void aFileThatIsNotAnArticleIsOneRejection() throws IOException {
    CrawlFixture.write(dir);
    java.nio.file.Files.writeString(dir.resolve("2020年1月/20200105/20200105-03-01.txt"), "\n\n\n");
    List<String> rejected = new ArrayList<>();
    assertThat(reader.read(dir, Split.TRAIN, rejected::add)).hasSize(3);
    assertThat(rejected).singleElement().asString().contains("20200105-03-01.txt", "no title");
  }

  @Test
  void theSplitsNameTheTestMonthsAsHeldOut() {
    CorpusSplits splits = new CorpusSplits(new ResourceLoader());
    assertThat(splits.isHeldOut("2019-02")).isTrue();
    assertThat(splits.isHeldOut("2019-10")).isTrue();
    assertThat(splits.of("2020-02")).isEqualTo(Split.DEV);
    assertThat(splits.of("2020-05")).isEqualTo(Split.TEST);
    assertThat(splits.of("2020-01")).isEqualTo(Split.TRAIN);
  }
}
