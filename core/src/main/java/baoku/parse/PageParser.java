package baoku.parse;

import baoku.page.Page;

/**
 * Reads the raw text of one printed page (e-paper text or PDF-extracted columns) and recovers its
 * structure: the issue from the masthead, the articles with their headlines, bylines, paragraphs,
 * captions and jumps, and the blocks that belong to no article. Thread-safe; build one and share
 * it.
 */
public final class PageParser {
  private final TextDecoder decoder = new TextDecoder();

  /** Decodes {@code bytes} and parses them; {@code source} names the file in errors. */
  public Page parse(byte[] bytes, String source, PageHints hints) throws PageInputException {
    return parse(decoder.decode(bytes, source), source, hints);
  }

  /** Parses text already decoded. Never throws on odd text: the worst outcome is an empty page. */
  public Page parse(String text, String source, PageHints hints) {
    throw new UnsupportedOperationException("not yet");
  }
}
