package baoku.eval;

import baoku.page.Page;
import baoku.parse.PageHints;
import baoku.parse.PageInputException;

/** What the evaluator scores: anything that turns a page file's bytes into a page. */
@FunctionalInterface
public interface PageSource {
  Page parse(byte[] bytes, String source, PageHints hints) throws PageInputException;
}
