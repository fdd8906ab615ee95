package baoku.ingest;

import baoku.page.Page;
import baoku.parse.PageHints;
import baoku.parse.PageInputException;

/** Turns one file's bytes into a page; {@code source} names the file in errors. */
@FunctionalInterface
public interface PageReader {
  Page read(byte[] bytes, String source, PageHints hints) throws PageInputException;
}
