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
 * Whether a cut line stands upside down (a page fed the wrong way round, a line printed turned):
 * PP-OCR's direction classifier, on the line scaled to 48 × 192 pixels. Only a sure verdict turns a
 * line.
 */
final class AngleClassifier {
  private static final int HEIGHT = 48;
  private static final int WIDTH = 192;
  private static final double SURE = 0.9;

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final String input;

  AngleClassifier(OrtEnvironment environment, OrtSession session) {
    this.environment = environment;
    this.session = session;
    this.input = session.getInputNames().iterator().next();
  }

  /** The crops, those upside down turned the right way up. */
  List<GrayImage> upright(List<GrayImage> crops) throws OrtException {
    List<GrayImage> out = new ArrayList<>(crops.size());
    for (GrayImage crop : crops) {
      int w =
          (int) Math.min(WIDTH, Math.max(1, Math.ceil(HEIGHT * (double) crop.width / crop.height)));
      GrayImage line = crop.scaled(w, HEIGHT);
      int plane = HEIGHT * WIDTH;
      FloatBuffer data = FloatBuffer.allocate(3 * plane);
      float[] array = data.array();
      for (int y = 0; y < HEIGHT; y++) {
        for (int x = 0; x < w; x++) {
          float v = (float) (line.at(x, y) / 127.5 - 1.0);
          array[y * WIDTH + x] = v;
          array[plane + y * WIDTH + x] = v;
          array[2 * plane + y * WIDTH + x] = v;
        }
      }
      try (OnnxTensor tensor =
              OnnxTensor.createTensor(environment, data, new long[] {1, 3, HEIGHT, WIDTH});
          OrtSession.Result result = session.run(Map.of(input, tensor))) {
        FloatBuffer p = ((OnnxTensor) result.get(0)).getFloatBuffer();
        out.add(p.get(1) > SURE ? crop.upsideDown() : crop);
      }
    }
    return out;
  }
}
