package baoku.pipeline;

import java.util.Set;

/**
 * One step of a pipeline. It declares what it reads and what it writes so that a {@link Pipeline}
 * can check, once when it is built, that every stage finds what it requires.
 */
public interface Stage {
  Set<Key<?>> requires();

  Set<Key<?>> produces();

  void apply(Document document);

  default String name() {
    return getClass().getSimpleName();
  }
}
