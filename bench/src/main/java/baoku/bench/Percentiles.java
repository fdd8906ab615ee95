package baoku.bench;

import java.util.Arrays;

/** Latencies recorded in nanoseconds, read back as percentiles in milliseconds. */
final class Percentiles {
  private long[] values = new long[256];
  private int size;

  void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  double millis(double percentile) {
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percentile / 100.0 * size) - 1;
    return sorted[Math.max(0, Math.min(size - 1, rank))] / 1e6;
  }

  int count() {
    return size;
  }
}
