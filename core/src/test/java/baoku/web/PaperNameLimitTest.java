package baoku.web;

import static baoku.web.TestServer.enc;
import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.PaperNames;
import baoku.page.Page;
import baoku.testing.SamplePages;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper with the longest name ingest takes is served like any other: searched, filtered, read.
 */
class PaperNameLimitTest {
  @TempDir Path dir;

  @Test
  void theLongestPaperNameIsFoundFilteredAndRead() {
    String longest = "报".repeat(PaperNames.MAX_CHARS);
    Page sample = new SamplePages().page(SamplePages.PAGE_2024);
    Page renamed = sample.withIssue(sample.issue().withPaper(longest));
    try (TestServer server = TestServer.withSamples(dir, renamed)) {
      var search = server.get("/search?q=" + enc("陈光浩"));
      assertThat(search.statusCode()).isEqualTo(200);
      assertThat(search.body()).contains("href=\"/" + enc(longest) + "/2024-09-16/1/");
      assertThat(server.get("/search?q=" + enc("陈光浩") + "&paper=" + enc(longest)).statusCode())
          .isEqualTo(200);
      assertThat(server.get("/" + enc(longest) + "/2024-09-16/1").statusCode()).isEqualTo(200);
      assertThat(server.get("/api/v1/search?q=" + enc("陈光浩")).statusCode()).isEqualTo(200);
    }
  }
}
