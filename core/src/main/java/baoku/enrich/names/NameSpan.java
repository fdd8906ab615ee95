package baoku.enrich.names;

/** Where a name stands in a text: {@code start} inclusive, {@code end} exclusive. */
public record NameSpan(int start, int end) {
  public int length() {
    return end - start;
  }
}
