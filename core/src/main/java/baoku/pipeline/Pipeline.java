package baoku.pipeline;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Stages run in order. Building one checks that each stage's requirements are produced by an
 * earlier stage or supplied as input; a pipeline is itself a stage, so pipelines nest.
 */
public final class Pipeline implements Stage {
  private final String name;
  private final List<Stage> stages;
  private final Set<Key<?>> requires;
  private final Set<Key<?>> produces;

  private Pipeline(String name, List<Stage> stages, Set<Key<?>> inputs) {
    this.name = name;
    this.stages = List.copyOf(stages);
    Set<Key<?>> available = new HashSet<>(inputs);
    Set<Key<?>> produced = new LinkedHashSet<>();
    for (Stage stage : stages) {
      for (Key<?> key : stage.requires()) {
        if (!available.contains(key)) {
          throw new IllegalStateException(
              name
                  + ": stage "
                  + stage.name()
                  + " requires "
                  + key
                  + ", which no earlier stage"
                  + " produces");
        }
      }
      available.addAll(stage.produces());
      produced.addAll(stage.produces());
    }
    this.requires = Set.copyOf(inputs);
    this.produces = Set.copyOf(produced);
  }

  /** A pipeline that expects {@code inputs} in the document and runs {@code stages} in order. */
  public static Pipeline of(String name, Set<Key<?>> inputs, List<Stage> stages) {
    return new Pipeline(name, stages, inputs);
  }

  @Override
  public Set<Key<?>> requires() {
    return requires;
  }

  @Override
  public Set<Key<?>> produces() {
    return produces;
  }

  @Override
  public void apply(Document document) {
    for (Stage stage : stages) {
      stage.apply(document);
    }
  }

  @Override
  public String name() {
    return name;
  }

  public List<Stage> stages() {
    return stages;
  }
}
