package baoku.parse.layout;

/** How the page's text was laid out when it reached us. */
public enum Layout {
  /** A paragraph a line, as e-paper sites print it; some paragraphs cut at a column edge. */
  EPAPER,
  /** Lines cut at every column edge, as PDF text extraction leaves them. */
  COLUMNS
}
