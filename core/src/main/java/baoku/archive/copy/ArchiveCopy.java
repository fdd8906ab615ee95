package baoku.archive.copy;

import baoku.archive.Archive;
import baoku.archive.ArchivedIssue;
import baoku.archive.ArchivedPage;
import baoku.archive.IssueSummary;
import baoku.archive.PageSummary;
import baoku.archive.PaperSummary;
import baoku.page.Page;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Copies every issue of one archive into another, whatever their stores. An issue whose record in
 * the target already equals the source's is skipped, so a copy stopped half-way resumes where it
 * stopped, and copying twice changes nothing. Commits fall between issues, at most {@code
 * commitInterval} apart.
 */
public final class ArchiveCopy {
  /** Follows a copy, for progress display. */
  public interface Listener {
    default void started(long issues) {}

    /** One more issue was copied ({@code copied}) or found already there. */
    default void issueDone(long done, boolean copied) {}

    Listener NONE = new Listener() {};
  }

  /** What a copy did: issues seen, copied and skipped; pages and articles written. */
  public record Report(long issues, long copied, long skipped, long pages, long articles) {}

  private final Archive from;
  private final Archive to;
  private final Duration commitInterval;

  public ArchiveCopy(Archive from, Archive to, Duration commitInterval) {
    this.from = from;
    this.to = to;
    this.commitInterval = commitInterval;
  }

  public Report run(Listener listener) {
    List<PaperSummary> papers = from.papers();
    listener.started(papers.stream().mapToLong(PaperSummary::issues).sum());
    long done = 0;
    long copied = 0;
    long pages = 0;
    long articles = 0;
    long lastCommit = System.nanoTime();
    for (PaperSummary paper : papers) {
      for (IssueSummary summary : from.issues(paper.paper(), null, null)) {
        Optional<ArchivedIssue> source = from.issue(summary.id());
        boolean copy = source.isPresent() && !source.equals(to.issue(summary.id()));
        if (copy) {
          List<Page> issuePages = pages(source.get());
          to.put(summary.id(), issuePages);
          copied++;
          pages += issuePages.size();
          articles += issuePages.stream().mapToLong(p -> p.articles().size()).sum();
          if (System.nanoTime() - lastCommit >= commitInterval.toNanos()) {
            to.commit();
            lastCommit = System.nanoTime();
          }
        }
        listener.issueDone(++done, copy);
      }
    }
    to.commit();
    return new Report(done, copied, done - copied, pages, articles);
  }

  private List<Page> pages(ArchivedIssue issue) {
    List<Page> pages = new ArrayList<>(issue.pages().size());
    for (PageSummary summary : issue.pages()) {
      from.page(issue.id().page(summary.number())).map(ArchivedPage::page).ifPresent(pages::add);
    }
    return pages;
  }
}
