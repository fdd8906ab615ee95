package baoku.ocr;

/**
 * Where a line of text stands on the page, in pixels, found by the detector.
 *
 * @param score the detector's mean text probability over the line
 */
record TextBox(int x, int y, int width, int height, double score) {
  int right() {
    return x + width;
  }

  int bottom() {
    return y + height;
  }
}
