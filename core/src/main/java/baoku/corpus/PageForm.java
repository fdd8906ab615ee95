package baoku.corpus;

/** The forms in which a page's text reaches an archive, each modelled on a real one. */
public enum PageForm {
  /** Copied from a 数字报 site: headline first, a paragraph a line, blank lines between. */
  EPAPER,
  /** Read from a PDF in reading order: lines cut at the column edge, headlines first. */
  COLUMNS,
  /**
   * Read from a PDF in content-stream order: lines cut at the column edge, each headline and byline
   * set after its text, captions between columns.
   */
  COLUMNS_HEADLINE_AFTER,
  /**
   * Read back by pdftotext from a typeset page: no blank lines and no indents, headlines wrapped at
   * their own measure, justified lines spaced out character by character.
   */
  PDF_TEXT
}
