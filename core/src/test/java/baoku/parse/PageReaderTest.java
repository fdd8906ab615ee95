package baoku.parse;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.page.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Page files are told apart by content, not by name. */
class PageReaderTest {
  private final PageReader reader = new PageReader();

  @Test
  void readsAPdfWhateverItsName() throws Exception {
    byte[] pdf;
    try (InputStream in =
        PageReaderTest.class.getResourceAsStream(
            "/samples/leshan-daily-typeset/leshan-daily-2024-09-16-p1-typeset.pdf")) {
      pdf = in.readAllBytes();
    }
    List<Page> pages = reader.read(pdf, "page.txt", PageHints.none());
    assertThat(pages).hasSize(1);
    assertThat(pages.get(0).size()).isNotNull();
    assertThat(pages.get(0).issue().paper()).isEqualTo("乐山日报");
  }

  @Test
  void readsTextAsOnePage() throws IOException, PageInputException {
    String text = "市委常委会召开会议\n\n本报讯（记者 张三）昨日，市委常委会召开会议。\n";
    List<Page> pages =
        reader.read(text.getBytes(StandardCharsets.UTF_8), "page.pdf", PageHints.none());
    assertThat(pages).hasSize(1);
    assertThat(pages.get(0).size()).isNull();
    assertThat(pages.get(0).articles().get(0).regions()).isEmpty();
  }
}
