package baoku.testing;

import baoku.archive.Archive;
import baoku.archive.ArchiveStats;
import baoku.archive.ArchivedArticle;
import baoku.archive.ArchivedIssue;
import baoku.archive.ArchivedPage;
import baoku.archive.ArticleFilter;
import baoku.archive.ArticleId;
import baoku.archive.IssueId;
import baoku.archive.IssueSummary;
import baoku.archive.PageId;
import baoku.archive.PageOrigin;
import baoku.archive.PaperSummary;
import baoku.archive.PeopleIndex;
import baoku.archive.PurgeReport;
import baoku.archive.PurgeSelection;
import baoku.archive.SearchRequest;
import baoku.archive.SearchResult;
import baoku.page.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * An archive that counts the reads of issues, pages and articles it passes on: a people query that
 * reads none of them was answered by the people index alone.
 */
public final class PageReadCounter implements Archive {
  private final Archive archive;
  private final AtomicInteger reads = new AtomicInteger();

  public PageReadCounter(Archive archive) {
    this.archive = archive;
  }

  /** Issues, pages and articles read, listed, searched or exported so far. */
  public int reads() {
    return reads.get();
  }

  @Override
  public void put(IssueId issue, List<Page> pages, List<PageOrigin> origins) {
    archive.put(issue, pages, origins);
  }

  @Override
  public List<PageId> replace(IssueId issue, List<Page> pages, List<PageOrigin> origins) {
    return archive.replace(issue, pages, origins);
  }

  @Override
  public long pagesFrom(String source) {
    return archive.pagesFrom(source);
  }

  @Override
  public PurgeReport purge(PurgeSelection selection) {
    return archive.purge(selection);
  }

  @Override
  public void commit() {
    archive.commit();
  }

  @Override
  public OptionalLong version() {
    return archive.version();
  }

  @Override
  public List<PaperSummary> papers() {
    reads.incrementAndGet();
    return archive.papers();
  }

  @Override
  public List<IssueSummary> issues(String paper, LocalDate from, LocalDate to) {
    reads.incrementAndGet();
    return archive.issues(paper, from, to);
  }

  @Override
  public Optional<ArchivedIssue> issue(IssueId id) {
    reads.incrementAndGet();
    return archive.issue(id);
  }

  @Override
  public Optional<ArchivedPage> page(PageId id) {
    reads.incrementAndGet();
    return archive.page(id);
  }

  @Override
  public Optional<ArchivedArticle> article(ArticleId id) {
    reads.incrementAndGet();
    return archive.article(id);
  }

  @Override
  public SearchResult search(SearchRequest request) {
    reads.incrementAndGet();
    return archive.search(request);
  }

  @Override
  public Stream<ArchivedArticle> export(ArticleFilter filter) {
    reads.incrementAndGet();
    return archive.export(filter);
  }

  @Override
  public ArchiveStats stats() {
    reads.incrementAndGet();
    return archive.stats();
  }

  @Override
  public PeopleIndex people() {
    return archive.people();
  }

  @Override
  public void close() {
    archive.close();
  }
}
