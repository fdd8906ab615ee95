package baoku.web;

import baoku.archive.Archive;
import baoku.archive.ArchivedIssue;
import baoku.archive.IssueId;
import baoku.archive.IssueSummary;
import baoku.archive.PageSummary;
import baoku.archive.PaperSummary;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * What the reader lists of the whole archive, read once for each state of it: the papers, each
 * paper's issues by date (the calendar, the previous and next issue) and its newest issue with the
 * headlines of its front page. Read per request, these would walk every issue record of the
 * archive.
 *
 * <p>A state is the archive's {@link Archive#version}: the first request that sees a newer commit
 * starts a new snapshot, and what it lists is read after the commit, never before. A store that
 * cannot name its state is read again once a snapshot is {@code maxAge} old.
 */
final class ArchiveSnapshots {
  private final Archive archive;
  private final long maxAgeNanos;
  private final LongSupplier clock;
  private final AtomicReference<Snapshot> current = new AtomicReference<>();

  ArchiveSnapshots(Archive archive, Duration maxAge, LongSupplier clock) {
    this.archive = archive;
    this.maxAgeNanos = maxAge.toNanos();
    this.clock = clock;
  }

  /** The snapshot of the archive as readers see it now. */
  Snapshot current() {
    OptionalLong version = archive.version();
    long now = clock.getAsLong();
    return current.updateAndGet(
        held -> held != null && held.serves(version, now) ? held : new Snapshot(version, now));
  }

  /** A paper's issues by date, and the years they cover, newest first. */
  record PaperIssues(NavigableMap<LocalDate, IssueSummary> byDate, List<Integer> years) {}

  /** A paper's newest issue and its first page's headlines; either may be {@code null}. */
  record Latest(ArchivedIssue issue, PageHeadlines front) {}

  /** One state of the archive; each part is read when first asked for, once. */
  final class Snapshot {
    private final OptionalLong version;
    private final long madeAt;
    private volatile List<PaperSummary> papers;
    private final ConcurrentHashMap<String, PaperIssues> issues = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Latest> latest = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, PaperGaps> gaps = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Holdings> paperHoldings = new ConcurrentHashMap<>();
    private volatile Holdings holdings;

    private Snapshot(OptionalLong version, long madeAt) {
      this.version = version;
      this.madeAt = madeAt;
    }

    private boolean serves(OptionalLong now, long time) {
      return now.isPresent()
          ? version.equals(now)
          : version.isEmpty() && time - madeAt < maxAgeNanos;
    }

    List<PaperSummary> papers() {
      List<PaperSummary> held = papers;
      if (held == null) {
        synchronized (this) {
          if (papers == null) {
            papers = List.copyOf(archive.papers());
          }
          held = papers;
        }
      }
      return held;
    }

    /** The paper's issues; none for a paper the archive does not hold (and nothing kept for it). */
    PaperIssues issues(String paper) {
      if (paper(paper) == null) {
        return new PaperIssues(Collections.emptyNavigableMap(), List.of());
      }
      return issues.computeIfAbsent(paper, this::readIssues);
    }

    private PaperIssues readIssues(String paper) {
      TreeMap<LocalDate, IssueSummary> byDate = new TreeMap<>();
      TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
      for (IssueSummary issue : archive.issues(paper, null, null)) {
        byDate.put(issue.id().date(), issue);
        years.add(issue.id().date().getYear());
      }
      return new PaperIssues(Collections.unmodifiableNavigableMap(byDate), List.copyOf(years));
    }

    /** What the whole archive holds, summed from every paper's issue listing. */
    Holdings holdings() {
      Holdings held = holdings;
      if (held == null) {
        long issueCount = 0;
        long pages = 0;
        long articles = 0;
        LocalDate first = null;
        LocalDate last = null;
        for (PaperSummary paper : papers()) {
          Holdings one = holdings(paper.paper());
          issueCount += one.issues();
          pages += one.pages();
          articles += one.articles();
          first = first == null || one.first().isBefore(first) ? one.first() : first;
          last = last == null || one.last().isAfter(last) ? one.last() : last;
        }
        held = new Holdings(papers().size(), first, last, issueCount, pages, articles);
        holdings = held;
      }
      return held;
    }

    /** What one paper holds. */
    Holdings holdings(String paper) {
      return paperHoldings.computeIfAbsent(paper, this::readHoldings);
    }

    private Holdings readHoldings(String paper) {
      NavigableMap<LocalDate, IssueSummary> byDate = issues(paper).byDate();
      long pages = 0;
      long articles = 0;
      for (IssueSummary issue : byDate.values()) {
        pages += issue.pageCount();
        articles += issue.articleCount();
      }
      return byDate.isEmpty()
          ? new Holdings(0, null, null, 0, 0, 0)
          : new Holdings(1, byDate.firstKey(), byDate.lastKey(), byDate.size(), pages, articles);
    }

    /**
     * What a paper's run lacks; its issue records are read once for each state of the archive, for
     * the pages each masthead announces.
     */
    PaperGaps gaps(String paper) {
      return gaps.computeIfAbsent(paper, this::readGaps);
    }

    private PaperGaps readGaps(String paper) {
      NavigableMap<LocalDate, IssueSummary> byDate = issues(paper).byDate();
      java.util.EnumSet<java.time.DayOfWeek> weekdays =
          java.util.EnumSet.noneOf(java.time.DayOfWeek.class);
      byDate.keySet().forEach(date -> weekdays.add(date.getDayOfWeek()));
      TreeSet<LocalDate> missing = new TreeSet<>();
      if (!byDate.isEmpty()) {
        for (LocalDate day = byDate.firstKey();
            !day.isAfter(byDate.lastKey());
            day = day.plusDays(1)) {
          if (weekdays.contains(day.getDayOfWeek()) && !byDate.containsKey(day)) {
            missing.add(day);
          }
        }
      }
      List<PaperGaps.IssuePagesMissing> pages = new java.util.ArrayList<>();
      for (IssueSummary summary : byDate.values()) {
        archive
            .issue(summary.id())
            .ifPresent(
                issue -> {
                  List<Integer> lacking =
                      PaperGaps.pagesLacking(
                          issue.issue().pageCount(),
                          issue.pages().stream().map(PageSummary::number).toList());
                  if (!lacking.isEmpty()) {
                    pages.add(new PaperGaps.IssuePagesMissing(summary.id(), lacking));
                  }
                });
      }
      return new PaperGaps(weekdays, missing, pages);
    }

    /** The newest issue of a paper the archive holds. */
    Latest latest(PaperSummary paper) {
      return latest.computeIfAbsent(paper.paper(), name -> readLatest(paper));
    }

    private Latest readLatest(PaperSummary paper) {
      IssueId id = new IssueId(paper.paper(), paper.lastIssue());
      ArchivedIssue issue = archive.issue(id).orElse(null);
      if (issue == null || issue.pages().isEmpty()) {
        return new Latest(issue, null);
      }
      PageSummary first = issue.pages().getFirst();
      return new Latest(
          issue, PageHeadlines.of(archive, id.page(first.number()), first).orElse(null));
    }

    private PaperSummary paper(String name) {
      for (PaperSummary paper : papers()) {
        if (paper.paper().equals(name)) {
          return paper;
        }
      }
      return null;
    }
  }
}
