package baoku.web;

import baoku.archive.Archive;
import baoku.archive.IssueSummary;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Every issue of each paper by date, read once and kept for a short while: the calendar and the
 * previous / next issue links would otherwise read hundreds of issue records per request. A newly
 * ingested issue shows within {@code maxAge}; while one request rebuilds an old index, the others
 * go on with it.
 */
final class IssueIndex {
  private final Archive archive;
  private final long maxAgeNanos;
  private final LongSupplier clock;
  private final ConcurrentHashMap<String, Snapshot> byPaper = new ConcurrentHashMap<>();

  private record Snapshot(
      NavigableMap<LocalDate, IssueSummary> issues, long builtAt, AtomicBoolean rebuilding) {}

  IssueIndex(Archive archive, Duration maxAge, LongSupplier clock) {
    this.archive = archive;
    this.maxAgeNanos = maxAge.toNanos();
    this.clock = clock;
  }

  /** The paper's issues by date; empty for a paper the archive does not hold. */
  NavigableMap<LocalDate, IssueSummary> issues(String paper) {
    Snapshot held = byPaper.get(paper);
    if (held == null) {
      return byPaper.computeIfAbsent(paper, this::read).issues();
    }
    if (clock.getAsLong() - held.builtAt() > maxAgeNanos
        && held.rebuilding().compareAndSet(false, true)) {
      try {
        byPaper.put(paper, read(paper));
      } finally {
        held.rebuilding().set(false);
      }
    }
    return byPaper.get(paper).issues();
  }

  private Snapshot read(String paper) {
    TreeMap<LocalDate, IssueSummary> issues = new TreeMap<>();
    for (IssueSummary issue : archive.issues(paper, null, null)) {
      issues.put(issue.id().date(), issue);
    }
    return new Snapshot(
        Collections.unmodifiableNavigableMap(issues), clock.getAsLong(), new AtomicBoolean());
  }
}
