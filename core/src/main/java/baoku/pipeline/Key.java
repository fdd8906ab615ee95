package baoku.pipeline;

/**
 * A typed slot in a {@link Document}: what a stage requires or produces. Keys compare by identity,
 * so each is declared once, as a constant beside the stages that use it.
 */
public final class Key<T> {
  private final String name;
  private final Class<?> type;

  private Key(String name, Class<?> type) {
    this.name = name;
    this.type = type;
  }

  public static <T> Key<T> of(String name, Class<? super T> type) {
    return new Key<>(name, type);
  }

  public String name() {
    return name;
  }

  Class<?> type() {
    return type;
  }

  @Override
  public String toString() {
    return name;
  }
}
