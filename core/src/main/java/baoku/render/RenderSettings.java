package baoku.render;

/**
 * How pages are rendered.
 *
 * @param dpi the page image's resolution (150 reads well on a screen at full width)
 * @param thumbnailWidth the thumbnail's width in pixels
 * @param maxPixels the most pixels one page image may have; larger pages render at a lower
 *     resolution rather than exhaust memory
 */
public record RenderSettings(float dpi, int thumbnailWidth, long maxPixels) {
  public static RenderSettings standard() {
    return new RenderSettings(150, 240, 40_000_000L);
  }
}
