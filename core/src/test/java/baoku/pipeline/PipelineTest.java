package baoku.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class PipelineTest {
  private static final Key<String> TEXT = Key.of("text", String.class);
  private static final Key<Integer> LENGTH = Key.of("length", Integer.class);
  private static final Key<Boolean> LONG = Key.of("long", Boolean.class);

  private static Stage stage(Set<Key<?>> in, Set<Key<?>> out, Consumer<Document> f) {
    return new Stage() {
      public Set<Key<?>> requires() {
        return in;
      }

      public Set<Key<?>> produces() {
        return out;
      }

      public void apply(Document d) {
        f.accept(d);
      }
    };
  }

  private final Stage length =
      stage(Set.of(TEXT), Set.of(LENGTH), d -> d.put(LENGTH, d.get(TEXT).length()));
  private final Stage isLong =
      stage(Set.of(LENGTH), Set.of(LONG), d -> d.put(LONG, d.get(LENGTH) > 3));

  @Test
  void runsStagesInOrder() {
    Pipeline p = Pipeline.of("p", Set.of(TEXT), List.of(length, isLong));
    Document d = new Document().put(TEXT, "颗粒硅产能");
    p.apply(d);
    assertThat(d.get(LENGTH)).isEqualTo(5);
    assertThat(d.get(LONG)).isTrue();
    assertThat(p.produces()).containsExactlyInAnyOrder(LENGTH, LONG);
  }

  @Test
  void refusesToBuildWhenAStageLacksItsInput() {
    assertThatThrownBy(() -> Pipeline.of("p", Set.of(TEXT), List.of(isLong, length)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("requires length");
  }

  @Test
  void aPipelineIsAStage() {
    Pipeline inner = Pipeline.of("inner", Set.of(TEXT), List.of(length));
    Pipeline outer = Pipeline.of("outer", Set.of(TEXT), List.of(inner, isLong));
    Document d = new Document().put(TEXT, "甲");
    outer.apply(d);
    assertThat(d.get(LONG)).isFalse();
  }

  @Test
  void aMissingValueIsNamed() {
    assertThatThrownBy(() -> new Document().get(TEXT)).hasMessageContaining("text");
  }
}
