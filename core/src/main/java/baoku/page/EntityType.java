package baoku.page;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a {@link Mention} names. */
public enum EntityType {
  PERSON,
  PLACE,
  ORG;

  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static EntityType of(String label) {
    return label == null ? null : valueOf(label.toUpperCase(Locale.ROOT));
  }
}
