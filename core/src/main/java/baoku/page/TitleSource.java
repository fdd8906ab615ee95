package baoku.page;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether an article's title was printed on the page or derived from its text. */
public enum TitleSource {
  PRINTED,
  DERIVED;

  @JsonValue
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  @JsonCreator
  public static TitleSource of(String label) {
    return label == null ? null : valueOf(label.toUpperCase(java.util.Locale.ROOT));
  }
}
