package baoku.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.parse.PageHints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
  @TempDir Path dir;

  @Test
  void readsRowsRelativeToTheManifestAndReportsBadOnes() throws IOException {
    Path file = dir.resolve("manifest.csv");
    Files.writeString(
        file,
        """
        path,paper,date,page
        a.txt,乐山日报,2022-07-23,1
        "b, c.txt",,2022-07-23,
        d.txt,乐山日报,23/07/2022,1
        e.txt,乐山日报,2022-07-23,one
        """,
        StandardCharsets.UTF_8);

    Manifest manifest = Manifest.read(file);

    assertThat(manifest.pages())
        .containsEntry(dir.resolve("a.txt"), new PageHints("乐山日报", LocalDate.of(2022, 7, 23), 1))
        .containsEntry(
            dir.resolve("b, c.txt"), new PageHints(null, LocalDate.of(2022, 7, 23), null))
        .hasSize(2);
    assertThat(manifest.problems())
        .containsExactly(
            file + " line 4: not a date (YYYY-MM-DD): '23/07/2022'",
            file + " line 5: not a page number: 'one'");
  }
}
