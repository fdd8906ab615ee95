package baoku.parse.pdf;

/**
 * How large a PDF may be before it is refused rather than read: beyond these it is not a newspaper
 * page but a mistake or an attack, and reading it would exhaust memory.
 *
 * @param maxBytes the largest file
 * @param maxPages the most pages in one file (one issue)
 * @param maxSide the longest page side in points (a broadsheet is about 1,600)
 * @param maxGlyphs the most characters on one page (a dense broadsheet has about 20,000)
 */
public record PdfLimits(long maxBytes, int maxPages, double maxSide, int maxGlyphs) {
  public static PdfLimits standard() {
    return new PdfLimits(256L * 1024 * 1024, 1000, 14_400, 400_000);
  }
}
