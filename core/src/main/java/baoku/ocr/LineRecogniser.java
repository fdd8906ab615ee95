package baoku.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * CRNN line recognition: each line is cut from the page, scaled to the model's height of 48 pixels
 * and read in batches of lines of like length (less padding), the output decoded by CTC. A step of
 * the output covers a fixed width of the scaled line, which places each character on the page.
 */
final class LineRecogniser {
  private static final int HEIGHT = 48;

  /** PP-OCR pads every batch to at least this width, the width the model was trained at. */
  private static final int MIN_WIDTH = 320;

  /** Lines longer than this (scaled) are read squeezed: no printed line runs so long. */
  private static final int MAX_WIDTH = 3200;

  private static final int BATCH = 8;

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final String input;
  private final CtcDecoder decoder;

  LineRecogniser(OrtEnvironment environment, OrtSession session, CtcDecoder decoder) {
    this.environment = environment;
    this.session = session;
    this.input = session.getInputNames().iterator().next();
    this.decoder = decoder;
  }

  /**
   * Reads {@code crops}, the lines cut from the page, placing each on the page by its box in {@code
   * boxes}; an empty read is an empty line.
   */
  List<OcrLine> read(List<TextBox> boxes, List<GrayImage> crops) throws OrtException {
    Integer[] order = new Integer[boxes.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> ratio(crops.get(i))));
    OcrLine[] out = new OcrLine[boxes.size()];
    for (int from = 0; from < order.length; from += BATCH) {
      List<Integer> batch =
          Arrays.asList(order).subList(from, Math.min(order.length, from + BATCH));
      readBatch(batch, boxes, crops, out);
    }
    return Arrays.asList(out);
  }

  private void readBatch(
      List<Integer> batch, List<TextBox> boxes, List<GrayImage> crops, OcrLine[] out)
      throws OrtException {
    int width = MIN_WIDTH;
    int[] widths = new int[batch.size()];
    for (int k = 0; k < batch.size(); k++) {
      widths[k] = scaledWidth(crops.get(batch.get(k)));
      width = Math.max(width, widths[k]);
    }
    int plane = HEIGHT * width;
    FloatBuffer data = FloatBuffer.allocate(batch.size() * 3 * plane);
    float[] array = data.array();
    for (int k = 0; k < batch.size(); k++) {
      GrayImage line = crops.get(batch.get(k)).scaled(widths[k], HEIGHT);
      int base = k * 3 * plane;
      for (int y = 0; y < HEIGHT; y++) {
        for (int x = 0; x < widths[k]; x++) {
          float v = (float) (line.at(x, y) / 127.5 - 1.0);
          int i = y * width + x;
          array[base + i] = v;
          array[base + plane + i] = v;
          array[base + 2 * plane + i] = v;
        }
      }
    }
    try (OnnxTensor tensor =
            OnnxTensor.createTensor(
                environment, data, new long[] {batch.size(), 3, HEIGHT, width});
        OrtSession.Result result = session.run(Map.of(input, tensor))) {
      OnnxTensor output = (OnnxTensor) result.get(0);
      long[] shape = output.getInfo().getShape();
      int steps = (int) shape[1];
      int classes = (int) shape[2];
      float[] probabilities = new float[batch.size() * steps * classes];
      output.getFloatBuffer().get(probabilities);
      double stepWidth = (double) width / steps;
      for (int k = 0; k < batch.size(); k++) {
        TextBox box = boxes.get(batch.get(k));
        double toPage = (double) box.width() / widths[k];
        List<OcrChar> chars = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        double sum = 0;
        for (CtcDecoder.Step s :
            decoder.decode(probabilities, k * steps * classes, steps, classes)) {
          double centre = box.x() + Math.min(widths[k], (s.step() + 0.5) * stepWidth) * toPage;
          chars.add(new OcrChar(s.text(), centre, s.probability()));
          text.append(s.text());
          sum += s.probability();
        }
        double confidence = chars.isEmpty() ? 0 : sum / chars.size();
        out[batch.get(k)] =
            new OcrLine(
                text.toString().strip(),
                box.x(),
                box.y(),
                box.width(),
                box.height(),
                confidence,
                trimmed(chars));
      }
    }
  }

  /** The characters without spaces at either end. */
  private static List<OcrChar> trimmed(List<OcrChar> chars) {
    int from = 0;
    int to = chars.size();
    while (from < to && chars.get(from).text().isBlank()) {
      from++;
    }
    while (to > from && chars.get(to - 1).text().isBlank()) {
      to--;
    }
    return chars.subList(from, to);
  }

  private static double ratio(GrayImage crop) {
    return (double) crop.width / crop.height;
  }

  private static int scaledWidth(GrayImage crop) {
    return (int) Math.min(MAX_WIDTH, Math.max(1, Math.ceil(HEIGHT * ratio(crop))));
  }
}
