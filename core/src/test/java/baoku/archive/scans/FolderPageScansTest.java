package baoku.archive.scans;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.PageId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderPageScansTest {
  @TempDir Path root;

  @Test
  void keepsEachFileAndReplacesItOnTheNextPut() throws Exception {
    FolderPageScans scans = new FolderPageScans(root);
    PageId id = PageId.parse("乐山日报/2022-07-23/1");
    assertThat(scans.file(id, ScanFile.IMAGE)).isEmpty();

    scans.put(id, scan("old"));
    scans.put(id, scan("new"));

    Path image = scans.file(id, ScanFile.IMAGE).orElseThrow();
    assertThat(image).isEqualTo(root.resolve("乐山日报/2022-07-23/01.png"));
    assertThat(Files.readString(image, StandardCharsets.UTF_8)).isEqualTo("new-image");
    assertThat(scans.file(id, ScanFile.THUMBNAIL).orElseThrow().getFileName())
        .hasToString("01-thumb.png");
    assertThat(Files.readString(scans.file(id, ScanFile.PDF).orElseThrow(), StandardCharsets.UTF_8))
        .isEqualTo("new-pdf");
    try (var left = Files.list(image.getParent())) {
      assertThat(left).hasSize(3);
    }
  }

  @Test
  void removingAPageRemovesItsFilesAndFoldersLeftEmpty() {
    FolderPageScans scans = new FolderPageScans(root);
    PageId first = PageId.parse("乐山日报/2022-07-23/1");
    PageId second = PageId.parse("乐山日报/2022-07-23/2");
    scans.put(first, scan("one"));
    scans.put(second, scan("two"));

    scans.remove(first);
    assertThat(scans.file(first, ScanFile.IMAGE)).isEmpty();
    assertThat(scans.file(second, ScanFile.IMAGE)).isPresent();

    scans.remove(second);
    scans.remove(second);
    assertThat(root.resolve("乐山日报")).doesNotExist();
    assertThat(root).exists();
  }

  @Test
  void papersNeverLeaveTheirFolder() {
    assertThat(FolderPageScans.segment("..")).isEqualTo("%2E.");
    assertThat(FolderPageScans.segment("a/b\\c")).isEqualTo("a%2Fb%5Cc");
    assertThat(FolderPageScans.segment("人民日报")).isEqualTo("人民日报");
  }

  private static PageScan scan(String tag) {
    return new PageScan(
        (tag + "-image").getBytes(StandardCharsets.UTF_8),
        (tag + "-thumb").getBytes(StandardCharsets.UTF_8),
        (tag + "-pdf").getBytes(StandardCharsets.UTF_8));
  }
}
