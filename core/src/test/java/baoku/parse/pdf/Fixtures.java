package baoku.parse.pdf;

import baoku.page.Page;
import baoku.page.PageJson;
import baoku.parse.PageHints;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

/** The typeset sample pages: PDF, gold and caller hints, from the test resources. */
final class Fixtures {
  static final String DIR = "/samples/leshan-daily-typeset/";
  static final String PAGE_2022 = "leshan-daily-2022-07-23-p1-typeset";
  static final String PAGE_2024 = "leshan-daily-2024-09-16-p1-typeset";

  private Fixtures() {}

  static byte[] bytes(String file) {
    try (InputStream in = Fixtures.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] pdf(String name) {
    return bytes(name + ".pdf");
  }

  static Page gold(String name) {
    return new PageJson().read(new String(bytes(name + ".gold.json"), StandardCharsets.UTF_8));
  }

  @SuppressWarnings("unchecked")
  static PageHints hints(String name) {
    try {
      Map<String, Object> meta =
          new PageJson()
              .mapper()
              .readValue(new String(bytes(name + ".meta.json"), StandardCharsets.UTF_8), Map.class);
      return new PageHints(
          (String) meta.get("paper"),
          LocalDate.parse((String) meta.get("date")),
          (Integer) meta.get("page"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
