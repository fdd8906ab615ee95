package baoku.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * DB text detection: the model gives each pixel a probability of lying in the core of a line of
 * text. A page is fed in overlapping tiles so that memory stays bounded whatever its size; where
 * tiles overlap, the higher probability wins, so a line cut by one tile's edge is whole in the
 * other's.
 */
final class TextDetector {
  /** Tiles this many pixels square (a multiple of the model's stride of 32)… */
  private static final int TILE = 1024;

  /** …overlapping by this much, more than the tallest headline a tile edge may cut. */
  private static final int OVERLAP = 192;

  /** The detector's input normalisation (ImageNet), in its channel order: blue, green, red. */
  private static final double[] MEAN = {0.485, 0.456, 0.406};

  private static final double[] STD = {0.229, 0.224, 0.225};

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final String input;
  private final float[][] normalised = new float[3][256];

  TextDetector(OrtEnvironment environment, OrtSession session) {
    this.environment = environment;
    this.session = session;
    this.input = session.getInputNames().iterator().next();
    for (int c = 0; c < 3; c++) {
      for (int v = 0; v < 256; v++) {
        normalised[c][v] = (float) ((v / 255.0 - MEAN[c]) / STD[c]);
      }
    }
  }

  /** Each pixel's probability of text, row by row, the size of {@code image}. */
  float[] probabilities(GrayImage image) throws OrtException {
    float[] out = new float[image.width * image.height];
    for (int y0 : starts(image.height)) {
      for (int x0 : starts(image.width)) {
        tile(image, x0, y0, out);
      }
    }
    return out;
  }

  private void tile(GrayImage image, int x0, int y0, float[] out) throws OrtException {
    int w = roundUp(Math.min(TILE, image.width - x0));
    int h = roundUp(Math.min(TILE, image.height - y0));
    int plane = w * h;
    FloatBuffer data = FloatBuffer.allocate(3 * plane);
    float[] array = data.array();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int gx = x0 + x;
        int gy = y0 + y;
        int v = gx < image.width && gy < image.height ? image.at(gx, gy) : 255;
        int i = y * w + x;
        array[i] = normalised[0][v];
        array[plane + i] = normalised[1][v];
        array[2 * plane + i] = normalised[2][v];
      }
    }
    try (OnnxTensor tensor = OnnxTensor.createTensor(environment, data, new long[] {1, 3, h, w});
        OrtSession.Result result = session.run(Map.of(input, tensor))) {
      FloatBuffer map = ((OnnxTensor) result.get(0)).getFloatBuffer();
      for (int y = 0; y < h && y0 + y < image.height; y++) {
        for (int x = 0; x < w && x0 + x < image.width; x++) {
          int i = (y0 + y) * image.width + x0 + x;
          out[i] = Math.max(out[i], map.get(y * w + x));
        }
      }
    }
  }

  /** Where tiles start along a side of {@code length} pixels, the last one flush with its end. */
  static List<Integer> starts(int length) {
    List<Integer> out = new ArrayList<>();
    if (length <= TILE) {
      out.add(0);
      return out;
    }
    for (int s = 0; s + TILE < length; s += TILE - OVERLAP) {
      out.add(s);
    }
    out.add(length - TILE);
    return out;
  }

  private static int roundUp(int n) {
    return Math.max(32, (n + 31) / 32 * 32);
  }
}
