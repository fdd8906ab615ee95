package baoku.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Greedy CTC decoding: at each step the likeliest class; a run of one class is one character, and
 * class 0 (blank) none. Class i (from 1) is the i-th entry of the character list; a model with one
 * class more reads spaces as well.
 */
final class CtcDecoder {
  private final List<String> characters;
  private final Map<String, String> readAs;

  CtcDecoder(List<String> characters, Map<String, String> readAs) {
    this.characters = List.copyOf(characters);
    this.readAs = Map.copyOf(readAs);
  }

  /** One decoded character: the step it was read at and its probability. */
  record Step(String text, int step, double probability) {}

  /** Decodes {@code steps × classes} probabilities starting at {@code offset} in {@code data}. */
  List<Step> decode(float[] data, int offset, int steps, int classes) {
    List<Step> out = new ArrayList<>();
    int previous = 0;
    for (int t = 0; t < steps; t++) {
      int base = offset + t * classes;
      int best = 0;
      float bestP = data[base];
      for (int c = 1; c < classes; c++) {
        if (data[base + c] > bestP) {
          bestP = data[base + c];
          best = c;
        }
      }
      if (best != 0 && best != previous) {
        out.add(new Step(character(best), t, bestP));
      }
      previous = best;
    }
    return out;
  }

  private String character(int index) {
    String read = index <= characters.size() ? characters.get(index - 1) : " ";
    return readAs.getOrDefault(read, read);
  }
}
