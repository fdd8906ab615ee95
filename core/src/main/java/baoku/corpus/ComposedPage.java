package baoku.corpus;

import baoku.page.Page;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A page laid out from corpus articles: its printed lines with their roles, and the gold page a
 * parser should recover from them.
 *
 * @param name the file name without extension
 * @param unknownAuthors articles whose byline the composer could not read, so their authors are not
 *     scored
 * @param charset how the page's text is encoded on disk
 * @param lineEnd how its lines end on disk
 */
public record ComposedPage(
    String name,
    PageForm form,
    List<PrintedLine> lines,
    Page gold,
    Set<Integer> unknownAuthors,
    Charset charset,
    String lineEnd) {

  public ComposedPage {
    lines = List.copyOf(lines);
    unknownAuthors = Set.copyOf(unknownAuthors);
  }

  /** The page's text, as a parser would read it once decoded. */
  public String text() {
    return lines.stream().map(PrintedLine::text).collect(Collectors.joining(lineEnd, "", lineEnd));
  }

  /** The page's file as stored: its text in its encoding, UTF-16 with a byte-order mark. */
  public byte[] bytes() {
    return text().getBytes(charset);
  }
}
