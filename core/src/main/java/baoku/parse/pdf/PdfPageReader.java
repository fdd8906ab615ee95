package baoku.parse.pdf;

import baoku.page.Page;
import baoku.page.PageSize;
import baoku.parse.PageHints;
import baoku.parse.PageInputException;
import baoku.parse.ParserCues;
import baoku.parse.assemble.ArticleBuilder;
import baoku.parse.assemble.TitleDeriver;
import baoku.parse.zone.BodyParser;
import baoku.parse.zone.BylineParser;
import baoku.parse.zone.CaptionParser;
import baoku.parse.zone.HeadlineParser;
import baoku.parse.zone.JumpParser;
import baoku.parse.zone.MastheadParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Reads the pages of a PDF into the same {@link Page}s the text parser makes, each article with the
 * regions it occupies on the page. A one-page PDF is a page; a PDF of many pages is an issue, its
 * pages numbered in order unless a page prints its own number. Thread-safe; build one and share it.
 */
public final class PdfPageReader {
  /** The reason a page without a text layer is refused: a scan, for OCR to read. */
  public static final String NO_TEXT_LAYER = "no text layer, OCR needed";

  private final PdfLoader loader;
  private final ContentExtractor extractor;
  private final TextLayerCheck textLayer = new TextLayerCheck();
  private final PdfPageParser parser;

  public PdfPageReader(ParserCues cues, PdfLimits limits) {
    JumpParser jumps = new JumpParser(cues);
    BylineParser bylines = new BylineParser(cues);
    CaptionReader captions = new CaptionReader(new CaptionParser(cues), cues);
    HeadlineParser headlines = new HeadlineParser(cues);
    this.loader = new PdfLoader(limits);
    this.extractor = new ContentExtractor(limits);
    this.parser =
        new PdfPageParser(
            cues,
            new MastheadParser(cues),
            new RoleClassifier(bylines, jumps, captions),
            new ArticleCollector(bylines, jumps, captions),
            new PdfHeadlineReader(headlines),
            new ParagraphBuilder(jumps),
            new ArticleBuilder(cues, headlines, bylines, new BodyParser(), new TitleDeriver()));
  }

  /** A reader with the cues shipped with Baoku and the standard limits. */
  public PdfPageReader() {
    this(ParserCues.standard(), PdfLimits.standard());
  }

  /** Whether {@code bytes} are a PDF, by their content. */
  public static boolean isPdf(byte[] bytes) {
    return PdfMagic.isPdf(bytes);
  }

  /**
   * Reads every page of the PDF in {@code bytes}; {@code source} names the file in pages and
   * errors. A page number hint numbers a one-page PDF, or the first page of an issue.
   */
  public List<Page> read(byte[] bytes, String source, PageHints hints) throws PageInputException {
    String name = displayName(source);
    try (PDDocument document = loader.open(bytes, source)) {
      int count = document.getNumberOfPages();
      List<Page> pages = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        PageContent content = extractor.extract(document, i, source);
        Optional<String> problem = textLayer.problem(content);
        if (problem.isPresent()) {
          throw new PageInputException(
              source, count == 1 ? problem.get() : "page " + (i + 1) + ": " + problem.get());
        }
        pages.add(parser.parse(content, name, hints, number(hints, i, count)));
      }
      return pages;
    } catch (IOException e) {
      throw new PageInputException(source, "cannot close PDF (" + PdfLoader.oneLine(e) + ")");
    }
  }

  /**
   * Reads a page from characters placed on it by other means than a PDF's text layer (OCR of a
   * scan), with the geometry a PDF page would give: the same lines, blocks, reading order and
   * articles.
   *
   * @param number the page's number where it prints none, or null
   */
  public Page read(
      PageSize size, List<Glyph> glyphs, String source, PageHints hints, Integer number) {
    return parser.parse(
        new PageContent(size, glyphs, List.of(), glyphs.size(), 0),
        displayName(source),
        hints,
        number);
  }

  private static Integer number(PageHints hints, int index, int count) {
    if (count == 1) {
      return hints.page();
    }
    return (hints.page() != null ? hints.page() : 1) + index;
  }

  /** Pages name their source by file name, as text pages do. */
  private static String displayName(String source) {
    if (source == null) {
      return null;
    }
    Path name = Path.of(source).getFileName();
    return name == null ? source : name.toString();
  }
}
