package baoku.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.parse.PageHints;
import baoku.resource.ResourceLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathLayoutsTest {
  private final PathLayouts layouts = new PathLayouts(new ResourceLoader());

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "archive/乐山日报/2024-09-16/01.txt, 乐山日报, 2024-09-16, 1",
        "乐山日报/2024/09/16/03.txt, 乐山日报, 2024-09-16, 3",
        "/data/rmrb/2024/9/6/p12.txt, rmrb, 2024-09-06, 12",
        "乐山日报/20240916/02.txt, 乐山日报, 2024-09-16, 2",
        "乐山日报/2024-09/16/02.txt, 乐山日报, 2024-09-16, 2",
        "20240916-04.txt, -, 2024-09-16, 4",
        "scans/20240916-04.txt, -, 2024-09-16, 4",
        "leshan-daily-2024-09-16-p1.txt, leshan-daily, 2024-09-16, 1",
        "2024-09-16/第5版.txt, -, 2024-09-16, 5",
        "乐山日报/2024-09-16/01.json, 乐山日报, 2024-09-16, 1",
      })
  void readsTheLayoutsArchivesUse(String path, String paper, LocalDate date, int page) {
    assertThat(layouts.hints(Path.of(path))).isEqualTo(new PageHints(paper, date, page));
  }

  @ParameterizedTest
  @CsvSource({"notes/readme.txt", "乐山日报/2024-13-45/01.txt", "乐山日报/page-one.txt"})
  void saysNothingWhereNoLayoutFitsOrTheDateIsImpossible(String path) {
    assertThat(layouts.hints(Path.of(path))).isEqualTo(PageHints.none());
  }

  @ParameterizedTest
  @CsvSource({
    "乐山日报/2024-09-16/01 copy.txt, 乐山日报, 2024-09-16",
    "乐山日报/2024/09/16/notes.txt, 乐山日报, 2024-09-16"
  })
  void aDatedFolderGivesPaperAndDateWhereTheFileNameGivesNoPage(
      String path, String paper, LocalDate date) {
    assertThat(layouts.hints(Path.of(path))).isEqualTo(new PageHints(paper, date, null));
  }
}
