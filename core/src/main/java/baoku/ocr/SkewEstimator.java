package baoku.ocr;

/**
 * How far a scan is turned: the angle at which the page's dark pixels fall into the sharpest rows,
 * since lines of type are level on the printed page. Looked for on a small copy of the page.
 */
final class SkewEstimator {
  /** Scans are fed by hand at most this far askew (degrees). */
  private static final double RANGE = 3.0;

  private static final double COARSE = 0.1;
  private static final double FINE = 0.02;

  /** The page is looked at this many pixels along its longer side. */
  private static final int SIDE = 1200;

  /** Turns smaller than this (degrees) are left alone: resampling would cost more than it gains. */
  static final double NEGLIGIBLE = 0.1;

  private static final int DARK = 140;

  /** The angle (degrees) lines of type rise by, clockwise; 0 when level or unclear. */
  double skew(GrayImage page) {
    double factor = Math.min(1.0, (double) SIDE / Math.max(page.width, page.height));
    GrayImage small =
        factor < 1
            ? page.scaled(
                Math.max(1, (int) (page.width * factor)), Math.max(1, (int) (page.height * factor)))
            : page;
    int count = 0;
    for (byte p : small.pixels) {
      if ((p & 0xFF) < DARK) {
        count++;
      }
    }
    if (count < 100) {
      return 0;
    }
    int[] xs = new int[count];
    int[] ys = new int[count];
    int k = 0;
    for (int y = 0; y < small.height; y++) {
      for (int x = 0; x < small.width; x++) {
        if (small.at(x, y) < DARK) {
          xs[k] = x;
          ys[k] = y;
          k++;
        }
      }
    }
    double best = 0;
    double bestScore = sharpness(xs, ys, small, 0);
    for (double a = -RANGE; a <= RANGE + 1e-9; a += COARSE) {
      double score = sharpness(xs, ys, small, a);
      if (score > bestScore) {
        bestScore = score;
        best = a;
      }
    }
    double coarse = best;
    for (double a = coarse - COARSE; a <= coarse + COARSE + 1e-9; a += FINE) {
      double score = sharpness(xs, ys, small, a);
      if (score > bestScore) {
        bestScore = score;
        best = a;
      }
    }
    return Math.abs(best) < NEGLIGIBLE ? 0 : best;
  }

  /** The sum of squared row counts of the dark pixels projected at {@code degrees}. */
  private static double sharpness(int[] xs, int[] ys, GrayImage image, double degrees) {
    double a = Math.toRadians(degrees);
    double cos = Math.cos(a);
    double sin = Math.sin(a);
    int offset = image.width + 1;
    long[] rows = new long[image.height + 2 * offset];
    for (int i = 0; i < xs.length; i++) {
      int row = (int) Math.round(ys[i] * cos - xs[i] * sin) + offset;
      rows[row]++;
    }
    double sum = 0;
    for (long r : rows) {
      sum += (double) r * r;
    }
    return sum;
  }
}
