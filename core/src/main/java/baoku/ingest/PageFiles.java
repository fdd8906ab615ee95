package baoku.ingest;

import baoku.page.Page;
import baoku.page.PageJson;
import baoku.parse.PageHints;
import baoku.parse.PageInputException;
import baoku.parse.PageParser;
import java.nio.charset.StandardCharsets;

/**
 * Reads the two kinds of page file: raw page text ({@code .txt}, through the page parser) and
 * parsed-page JSON ({@code .json}, as {@code baoku parse} writes it). Either way, what the page
 * prints wins and the hints fill what it lacks.
 */
public final class PageFiles implements PageReader {
  private final PageReader text;
  private final PageJson json;

  public PageFiles(PageParser parser, PageJson json) {
    this(parser::parse, json);
  }

  public PageFiles(PageReader text, PageJson json) {
    this.text = text;
    this.json = json;
  }

  @Override
  public Page read(byte[] bytes, String source, PageHints hints) throws PageInputException {
    Page page;
    if (source.endsWith(".json")) {
      try {
        page = json.read(new String(bytes, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw new PageInputException(source, firstLine(e.getMessage()));
      }
    } else {
      try {
        page = text.read(bytes, source, hints);
      } catch (RuntimeException e) {
        // A parser bug must not end the run: the file is reported like any bad input.
        throw new PageInputException(source, "cannot parse (" + firstLine(e.toString()) + ")");
      }
    }
    return withHints(page, source, hints);
  }

  static Page withHints(Page page, String source, PageHints hints) {
    var known =
        new baoku.page.Issue(
            hints.paper(), null, hints.date(), null, null, null, null, null, null, null, null);
    var issue = page.issue() == null ? known : page.issue().orElse(known);
    return new Page(
        page.source() == null ? source : page.source(),
        issue,
        page.number() != null ? page.number() : hints.page(),
        page.masthead(),
        page.otherBlocks(),
        page.articles(),
        page.people(),
        page.size(),
        page.ocr());
  }

  private static String firstLine(String message) {
    return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
  }
}
