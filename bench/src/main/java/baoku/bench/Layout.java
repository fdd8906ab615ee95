package baoku.bench;

/** The two forms raw page text reaches Baoku in. */
public enum Layout {
  /**
   * E-paper text: masthead lines, then each article's headline lines, a ■ byline where the body
   * does not name the authors, one paragraph a line, blank lines between blocks.
   */
  EPAPER,
  /**
   * Text extracted from a PDF: body lines wrapped at the column width (14–18 characters), blank
   * lines at column breaks, the headline printed after its body.
   */
  PDF_COLUMNS
}
