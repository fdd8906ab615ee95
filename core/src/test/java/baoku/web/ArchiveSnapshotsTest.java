package baoku.web;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.Archive;
import baoku.archive.ArchivedIssue;
import baoku.archive.Headline;
import baoku.archive.IssueId;
import baoku.archive.IssueSummary;
import baoku.archive.PageSummary;
import baoku.archive.PaperSummary;
import baoku.page.Issue;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ArchiveSnapshotsTest {
  static final String PAPER = "乐山日报";

  final List<IssueSummary> held = new ArrayList<>();
  final AtomicReference<OptionalLong> version = new AtomicReference<>(OptionalLong.of(1));
  final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
  final AtomicLong now = new AtomicLong();
  final Archive archive =
      (Archive)
          Proxy.newProxyInstance(
              Archive.class.getClassLoader(),
              new Class<?>[] {Archive.class},
              (proxy, method, args) -> {
                reads
                    .computeIfAbsent(method.getName(), name -> new AtomicInteger())
                    .incrementAndGet();
                return switch (method.getName()) {
                  case "version" -> version.get();
                  case "papers" -> papers();
                  case "issues" ->
                      held.stream().filter(issue -> issue.id().paper().equals(args[0])).toList();
                  case "issue" -> Optional.of(record((IssueId) args[0]));
                  default -> throw new UnsupportedOperationException(method.getName());
                };
              });
  final ArchiveSnapshots snapshots =
      new ArchiveSnapshots(archive, Duration.ofSeconds(30), now::get);

  List<PaperSummary> papers() {
    if (held.isEmpty()) {
      return List.of();
    }
    return List.of(
        new PaperSummary(
            PAPER, held.size(), held.getFirst().id().date(), held.getLast().id().date()));
  }

  static ArchivedIssue record(IssueId id) {
    Headline headline = new Headline(null, "头条 " + id.date(), null);
    return new ArchivedIssue(
        id, Issue.empty(), List.of(new PageSummary(1, 1, headline.title(), List.of(headline))));
  }

  void hold(String date) {
    held.add(new IssueSummary(new IssueId(PAPER, LocalDate.parse(date)), 8, 40));
  }

  int reads(String method) {
    AtomicInteger count = reads.get(method);
    return count == null ? 0 : count.get();
  }

  @Test
  void readsEachPartOnceWhileTheArchiveIsUnchanged() {
    hold("2022-07-23");
    for (int i = 0; i < 5; i++) {
      ArchiveSnapshots.Snapshot snapshot = snapshots.current();
      assertThat(snapshot.papers()).singleElement().extracting(PaperSummary::issues).isEqualTo(1L);
      assertThat(snapshot.issues(PAPER).byDate()).containsOnlyKeys(LocalDate.parse("2022-07-23"));
      assertThat(snapshot.latest(snapshot.papers().getFirst()).issue().id().date())
          .isEqualTo(LocalDate.parse("2022-07-23"));
      now.addAndGet(Duration.ofMinutes(10).toNanos());
    }
    assertThat(reads("version")).isEqualTo(5);
    assertThat(reads("papers")).isEqualTo(1);
    assertThat(reads("issues")).isEqualTo(1);
    assertThat(reads("issue")).isEqualTo(1);
  }

  @Test
  void readsAgainOnceTheArchiveChanges() {
    hold("2022-07-23");
    ArchiveSnapshots.Snapshot before = snapshots.current();
    assertThat(before.issues(PAPER).byDate()).hasSize(1);
    hold("2022-07-24");
    assertThat(snapshots.current().issues(PAPER).byDate()).hasSize(1);

    version.set(OptionalLong.of(2));
    ArchiveSnapshots.Snapshot after = snapshots.current();
    assertThat(after).isNotSameAs(before);
    assertThat(after.issues(PAPER).byDate()).hasSize(2);
    assertThat(after.papers().getFirst().lastIssue()).isEqualTo(LocalDate.parse("2022-07-24"));
    assertThat(after.latest(after.papers().getFirst()).front().headlines())
        .extracting(Headline::title)
        .containsExactly("头条 2022-07-24");
    assertThat(reads("issues")).isEqualTo(2);
    assertThat(snapshots.current()).isSameAs(after);
  }

  @Test
  void withoutAVersionReadsAgainOnlyWhenOld() {
    version.set(OptionalLong.empty());
    hold("2022-07-23");
    assertThat(snapshots.current().issues(PAPER).byDate()).hasSize(1);
    hold("2022-07-24");
    now.addAndGet(Duration.ofSeconds(29).toNanos());
    assertThat(snapshots.current().issues(PAPER).byDate()).hasSize(1);
    assertThat(reads("issues")).isEqualTo(1);
    now.addAndGet(Duration.ofSeconds(2).toNanos());
    assertThat(snapshots.current().issues(PAPER).byDate()).hasSize(2);
    assertThat(reads("issues")).isEqualTo(2);
  }

  @Test
  void yearsNewestFirstAndNeighboursByDate() {
    hold("2022-07-21");
    hold("2022-07-23");
    hold("2024-09-16");
    ArchiveSnapshots.PaperIssues issues = snapshots.current().issues(PAPER);
    assertThat(issues.years()).containsExactly(2024, 2022);
    assertThat(issues.byDate().lowerKey(LocalDate.parse("2022-07-23"))).isEqualTo("2022-07-21");
    assertThat(issues.byDate().higherKey(LocalDate.parse("2022-07-23"))).isEqualTo("2024-09-16");
  }

  @Test
  void aPaperTheArchiveDoesNotHoldIsNeitherReadNorKept() {
    hold("2022-07-23");
    ArchiveSnapshots.PaperIssues none = snapshots.current().issues("无此报");
    assertThat(none.byDate()).isEmpty();
    assertThat(none.years()).isEmpty();
    assertThat(reads("issues")).isZero();
  }
}
