package baoku.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lines of text from the detector's probability map, as DB finds them: the connected regions above
 * the pixel threshold are the lines' shrunken cores; each is kept if the detector is sure enough of
 * it, and grown back by the distance DB shrank it by (area × ratio / perimeter).
 */
final class BoxFinder {
  /** Cores thinner than this (pixels) are specks. */
  private static final int MIN_SIDE = 3;

  private final double pixelThreshold;
  private final double boxThreshold;
  private final double unclipRatio;

  BoxFinder(OcrSettings settings) {
    this.pixelThreshold = settings.pixelThreshold();
    this.boxThreshold = settings.boxThreshold();
    this.unclipRatio = settings.unclipRatio();
  }

  /** The lines in a {@code width × height} map, boxes in the map's pixels. */
  List<TextBox> boxes(float[] map, int width, int height) {
    boolean[] seen = new boolean[map.length];
    int[] stack = new int[Math.max(16, map.length / 8)];
    List<TextBox> out = new ArrayList<>();
    for (int start = 0; start < map.length; start++) {
      if (seen[start] || map[start] <= pixelThreshold) {
        continue;
      }
      int minX = Integer.MAX_VALUE;
      int minY = Integer.MAX_VALUE;
      int maxX = -1;
      int maxY = -1;
      double sum = 0;
      int count = 0;
      int top = 0;
      stack[top++] = start;
      seen[start] = true;
      while (top > 0) {
        int p = stack[--top];
        int x = p % width;
        int y = p / width;
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
        sum += map[p];
        count++;
        int[] next = {
          x > 0 ? p - 1 : -1,
          x + 1 < width ? p + 1 : -1,
          y > 0 ? p - width : -1,
          y + 1 < height ? p + width : -1
        };
        for (int q : next) {
          if (q >= 0 && !seen[q] && map[q] > pixelThreshold) {
            seen[q] = true;
            if (top == stack.length) {
              stack = Arrays.copyOf(stack, stack.length * 2);
            }
            stack[top++] = q;
          }
        }
      }
      int w = maxX - minX + 1;
      int h = maxY - minY + 1;
      double score = sum / count;
      if (Math.min(w, h) < MIN_SIDE || score < boxThreshold) {
        continue;
      }
      double grow = (double) w * h * unclipRatio / (2.0 * (w + h));
      int x0 = (int) Math.max(0, Math.floor(minX - grow));
      int y0 = (int) Math.max(0, Math.floor(minY - grow));
      int x1 = (int) Math.min(width, Math.ceil(maxX + 1 + grow));
      int y1 = (int) Math.min(height, Math.ceil(maxY + 1 + grow));
      if (Math.min(x1 - x0, y1 - y0) >= MIN_SIDE + 2) {
        out.add(new TextBox(x0, y0, x1 - x0, y1 - y0, score));
      }
    }
    return out;
  }
}
