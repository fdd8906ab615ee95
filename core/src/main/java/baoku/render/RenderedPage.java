package baoku.render;

/**
 * One page as pictures: a PNG at screen resolution and a small thumbnail.
 *
 * @param page the page's position in its file, from 1
 * @param png the page image
 * @param width the page image's width in pixels
 * @param height the page image's height in pixels
 * @param thumbnail the thumbnail, also PNG
 * @param thumbnailWidth its width in pixels
 * @param thumbnailHeight its height in pixels
 * @param millis how long rendering and encoding both took
 */
public record RenderedPage(
    int page,
    byte[] png,
    int width,
    int height,
    byte[] thumbnail,
    int thumbnailWidth,
    int thumbnailHeight,
    long millis) {}
