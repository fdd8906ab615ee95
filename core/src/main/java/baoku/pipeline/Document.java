package baoku.pipeline;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The work in progress of one pipeline run: values under {@link Key}s, each written by the stage
 * that produces it. One document belongs to one run on one thread.
 */
public final class Document {
  private final Map<Key<?>, Object> values = new IdentityHashMap<>();

  public <T> Document put(Key<T> key, T value) {
    values.put(key, key.type().cast(value));
    return this;
  }

  @SuppressWarnings("unchecked")
  public <T> T get(Key<T> key) {
    Object value = values.get(key);
    if (value == null && !values.containsKey(key)) {
      throw new IllegalStateException("no value for " + key + " in this document");
    }
    return (T) value;
  }

  public boolean has(Key<?> key) {
    return values.containsKey(key);
  }
}
