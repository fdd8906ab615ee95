package baoku.archive;

import baoku.page.Page;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Where pages are kept and found: one store behind ingest, search, export and the web reader.
 * Readers see the archive as of its last commit; a commit holds whole puts only, so an issue put in
 * one call becomes visible all at once. Implementations are safe for concurrent use.
 */
public interface Archive extends AutoCloseable {

  /**
   * Adds pages of one issue, replacing any page already held under the same number (and its
   * articles); other pages of the issue stay. Visible and durable after the next {@link #commit}.
   *
   * @throws IllegalArgumentException if a page lacks a number or belongs to another issue
   */
  default void put(IssueId issue, List<Page> pages) {
    put(issue, pages, Collections.nCopies(pages.size(), PageOrigin.UNKNOWN));
  }

  /**
   * As {@link #put(IssueId, List)}, recording each page's origin ({@code origins} in the order of
   * {@code pages}) with it.
   */
  void put(IssueId issue, List<Page> pages, List<PageOrigin> origins);

  /**
   * Puts the pages as the whole issue: pages held of it under other numbers go (with their articles
   * and people), so the issue holds what this put brings and nothing else. Returns the pages that
   * went.
   */
  List<PageId> replace(IssueId issue, List<Page> pages, List<PageOrigin> origins);

  /** How many committed pages came from the source {@code source} ({@link PageOrigin#source}). */
  long pagesFrom(String source);

  /**
   * Removes every page the selection names, with its articles and people, in one step that readers
   * see whole: commits what is pending first, then removes and commits. Issues left without pages
   * go; issues that keep some list only those.
   */
  PurgeReport purge(PurgeSelection selection);

  /** Makes every completed put durable and visible to readers. */
  void commit();

  /**
   * Names what readers see now: it changes whenever a commit becomes visible to them, so what was
   * read while it held one value may be kept until it holds another. Empty where the store cannot
   * tell cheaply.
   */
  default OptionalLong version() {
    return OptionalLong.empty();
  }

  /** The papers held, by name. */
  List<PaperSummary> papers();

  /** The issues of {@code paper} dated from {@code from} to {@code to} inclusive, by date. */
  List<IssueSummary> issues(String paper, LocalDate from, LocalDate to);

  Optional<ArchivedIssue> issue(IssueId id);

  Optional<ArchivedPage> page(PageId id);

  Optional<ArchivedArticle> article(ArticleId id);

  SearchResult search(SearchRequest request);

  /**
   * Every article the filter admits, by paper, date, page and reading order. Close the stream: it
   * holds a view of the archive open.
   */
  Stream<ArchivedArticle> export(ArticleFilter filter);

  ArchiveStats stats();

  /** Who the pages name, answered from the index kept beside them. */
  PeopleIndex people();

  /** Commits what is pending and releases the archive. */
  @Override
  void close();
}
