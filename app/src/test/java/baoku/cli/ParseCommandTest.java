package baoku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
  @TempDir Path dir;
  private static final Path SAMPLE = Path.of("..", "samples", "乐山日报", "2024-09-16", "01.txt");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
  }

  @Test
  void aPdfWhosePageTreeLoopsIsRefusedAndTheNextFilesAreParsed() throws IOException {
    Path loop = dir.resolve("loop.pdf");
    Files.write(loop, loopingPageTree());

    int code = run("parse", loop.toString(), SAMPLE.toString(), "--no-enrich", "--format", "text");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString().lines())
        .singleElement()
        .asString()
        .startsWith("baoku parse: " + loop + ": broken PDF (cannot find page 2");
    assertThat(out.toString()).contains("乐山日报").contains("2024-09-16");
  }

  @Test
  void aLineBreakInAFileNameDoesNotBreakTheLineThatRefusesIt() throws IOException {
    Path broken = dir.resolve("01\nrejected: 02.txt");
    Files.write(broken, new byte[] {0, 1, 2, 3});

    int code = run("parse", broken.toString(), "--no-enrich");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString().lines())
        .containsExactly(
            "baoku parse: " + dir + "/01\\nrejected: 02.txt: binary data, not page text");
  }

  /** One page, and a page tree that names itself as its second kid. */
  private static byte[] loopingPageTree() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage(PDRectangle.A4));
      COSDictionary pages = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
      pages.getCOSArray(COSName.KIDS).add(pages);
      pages.setInt(COSName.COUNT, 2);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    }
  }
}
