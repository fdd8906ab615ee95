package baoku.ocr;

/**
 * How pages are read.
 *
 * @param threads the threads each model may use (ONNX Runtime intra-op threads)
 * @param detectionDpi the resolution text is found at: DB finds type of 8 to 30 points best at
 *     about 150 dpi, and the detector's cost grows with the pixels it sees
 * @param pixelThreshold a pixel whose text probability exceeds this is text
 * @param boxThreshold a box whose mean text probability falls below this is dropped
 * @param unclipRatio how far a found text kernel is grown back to the text's own extent
 * @param maxPixels the most pixels a page is read at; larger images are read at a lower resolution
 * @param angleClassifier whether lines are checked for being upside down before recognition
 */
public record OcrSettings(
    int threads,
    int detectionDpi,
    double pixelThreshold,
    double boxThreshold,
    double unclipRatio,
    long maxPixels,
    boolean angleClassifier) {

  /** PP-OCR's own detection thresholds, one thread per model, pages up to 60 million pixels. */
  public static OcrSettings standard() {
    return new OcrSettings(1, 150, 0.3, 0.6, 1.5, 60_000_000L, false);
  }

  public OcrSettings withThreads(int value) {
    return new OcrSettings(
        value, detectionDpi, pixelThreshold, boxThreshold, unclipRatio, maxPixels, angleClassifier);
  }

  public OcrSettings withAngleClassifier(boolean value) {
    return new OcrSettings(
        threads, detectionDpi, pixelThreshold, boxThreshold, unclipRatio, maxPixels, value);
  }
}
