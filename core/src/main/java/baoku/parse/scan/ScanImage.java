package baoku.parse.scan;

import java.awt.image.BufferedImage;

/**
 * One page image of a scan file.
 *
 * @param dpi its resolution, from the file where it says, else that of a scan (300)
 * @param note what was done to it on reading (read at a lower resolution), or {@code null}
 */
record ScanImage(BufferedImage image, double dpi, String note) {}
