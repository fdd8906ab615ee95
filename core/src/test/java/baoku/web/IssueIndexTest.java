package baoku.web;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.Archive;
import baoku.archive.IssueId;
import baoku.archive.IssueSummary;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class IssueIndexTest {
  final List<IssueSummary> held = new ArrayList<>();
  final AtomicInteger reads = new AtomicInteger();
  final AtomicLong now = new AtomicLong();
  final Archive archive =
      (Archive)
          Proxy.newProxyInstance(
              Archive.class.getClassLoader(),
              new Class<?>[] {Archive.class},
              (proxy, method, args) -> {
                if (method.getName().equals("issues")) {
                  reads.incrementAndGet();
                  return List.copyOf(held);
                }
                throw new UnsupportedOperationException(method.getName());
              });
  final IssueIndex index = new IssueIndex(archive, Duration.ofSeconds(30), now::get);

  IssueSummary issue(String date) {
    return new IssueSummary(new IssueId("乐山日报", LocalDate.parse(date)), 8, 40);
  }

  @Test
  void readsOnceAndAgainOnlyWhenOld() {
    held.add(issue("2022-07-23"));
    assertThat(index.issues("乐山日报")).containsOnlyKeys(LocalDate.parse("2022-07-23"));
    held.add(issue("2022-07-24"));
    now.addAndGet(Duration.ofSeconds(29).toNanos());
    assertThat(index.issues("乐山日报")).hasSize(1);
    assertThat(reads).hasValue(1);
    now.addAndGet(Duration.ofSeconds(2).toNanos());
    assertThat(index.issues("乐山日报")).hasSize(2);
    assertThat(reads).hasValue(2);
  }

  @Test
  void neighboursByDate() {
    held.addAll(List.of(issue("2022-07-21"), issue("2022-07-23"), issue("2024-09-16")));
    var issues = index.issues("乐山日报");
    assertThat(issues.lowerKey(LocalDate.parse("2022-07-23"))).isEqualTo("2022-07-21");
    assertThat(issues.higherKey(LocalDate.parse("2022-07-23"))).isEqualTo("2024-09-16");
  }
}
