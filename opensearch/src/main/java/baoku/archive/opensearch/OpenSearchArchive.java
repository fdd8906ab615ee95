package baoku.archive.opensearch;

import baoku.archive.Archive;
import baoku.archive.ArchiveException;
import baoku.archive.ArchiveStats;
import baoku.archive.ArchivedArticle;
import baoku.archive.ArchivedIssue;
import baoku.archive.ArchivedPage;
import baoku.archive.ArticleFilter;
import baoku.archive.ArticleId;
import baoku.archive.IssueId;
import baoku.archive.IssuePages;
import baoku.archive.IssueSummary;
import baoku.archive.PageId;
import baoku.archive.PageOrigin;
import baoku.archive.PageSightings;
import baoku.archive.PageSummary;
import baoku.archive.PaperSummary;
import baoku.archive.PeopleIndex;
import baoku.archive.PurgeReport;
import baoku.archive.PurgeSelection;
import baoku.archive.SearchRequest;
import baoku.archive.SearchResult;
import baoku.archive.analysis.ChineseAnalyzers;
import baoku.archive.lucene.QueryLanguage;
import baoku.page.Page;
import baoku.page.PageJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.MgetResponse;

/**
 * The archive on an OpenSearch cluster, behaving as the embedded store does (the contract suite
 * runs on both). Puts are sent in byte-sized bulk requests; a commit sends what is queued, then the
 * issue records, then refreshes, so readers see whole puts (the index refreshes on commit only).
 * Several processes may write at once, but not the same page.
 */
public final class OpenSearchArchive implements Archive {
  /** About 8 MB a request: large enough to amortise, small enough not to strain a node. */
  static final long BATCH_BYTES = 8L * 1024 * 1024;

  private final ClusterConnection connection;
  private final OpenSearchClient client;
  private final String index;
  private final boolean writable;
  private final ArchiveDocuments documents;
  private final ArticleSearcher searcher;
  private final ArticleExporter exporter;
  private final ArchiveListings listings;
  private final BulkWriter writer;
  private final ClusterFailures failures;
  private final PeopleQueries people;

  /** Puts share it; a commit takes it alone, so no commit holds half a put. */
  private final ReadWriteLock commitLock = new ReentrantReadWriteLock();

  /** Issue records changed since the last commit; written after their pages, at the commit. */
  private final Map<IssueId, ArchivedIssue> pendingIssues = new ConcurrentHashMap<>();

  /**
   * How many sightings the pages put since the last commit have, which the cluster may not show
   * yet: a page put again must remove those its new version lacks.
   */
  private final Map<PageId, Integer> pendingPersonCounts = new ConcurrentHashMap<>();

  private OpenSearchArchive(
      ClusterConnection connection,
      ChineseAnalyzers analyzers,
      TextFolding folding,
      boolean writable,
      long batchBytes,
      Backoff backoff) {
    this.connection = connection;
    this.client = connection.client();
    this.writable = writable;
    this.failures = new ClusterFailures(connection.address(), connection.credentials());
    PageJson pageJson = new PageJson();
    QueryLanguage language = new QueryLanguage(analyzers);
    this.documents = new ArchiveDocuments(pageJson, language);
    IndexSetup setup =
        new IndexSetup(
            client,
            connection.address(),
            new IndexSchema(pageJson.mapper(), folding),
            pageJson.mapper(),
            failures);
    setup.checkCluster();
    String existing = setup.existingIndex();
    if (existing == null && !writable) {
      throw new ArchiveException(
          "no archive at " + connection.address() + " (nothing has been ingested there)");
    }
    if (existing == null) {
      setup.create();
    } else if (writable) {
      setup.addFields();
    }
    // Reads and writes go through the alias, so that a reindex can swap the index beneath.
    this.index = connection.address().name();
    ArticleFilters filters = new ArticleFilters(language);
    this.searcher = new ArticleSearcher(client, index, language, new QueryTranslator(), filters);
    this.exporter = new ArticleExporter(client, index, filters, documents, failures);
    this.listings = new ArchiveListings(client, index, documents);
    this.writer = new BulkWriter(client, index, batchBytes, backoff, failures);
    this.people = new PeopleQueries(client, index, documents, failures);
  }

  /** Opens (creating if need be) the archive to write and read it; closes the connection last. */
  public static OpenSearchArchive openForWriting(
      ClusterConnection connection, ChineseAnalyzers analyzers, TextFolding folding) {
    return open(connection, analyzers, folding, true, BATCH_BYTES, Backoff.standard());
  }

  /** Opens an existing archive to read; it sees each commit a writer makes. */
  public static OpenSearchArchive openForReading(
      ClusterConnection connection, ChineseAnalyzers analyzers, TextFolding folding) {
    return open(connection, analyzers, folding, false, BATCH_BYTES, Backoff.standard());
  }

  static OpenSearchArchive open(
      ClusterConnection connection,
      ChineseAnalyzers analyzers,
      TextFolding folding,
      boolean writable,
      long batchBytes,
      Backoff backoff) {
    try {
      return new OpenSearchArchive(connection, analyzers, folding, writable, batchBytes, backoff);
    } catch (RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  @Override
  public void put(IssueId issue, List<Page> pages, List<PageOrigin> origins) {
    write(issue, pages, origins, false);
  }

  @Override
  public List<PageId> replace(IssueId issue, List<Page> pages, List<PageOrigin> origins) {
    return write(issue, pages, origins, true);
  }

  /** Puts the pages; {@code whole}, as the whole issue. Returns the pages that went. */
  private List<PageId> write(
      IssueId issue, List<Page> pages, List<PageOrigin> origins, boolean whole) {
    requireWritable();
    if (origins.size() != pages.size()) {
      throw new IllegalArgumentException("one origin for each page");
    }
    List<Page> checked = pages.stream().map(page -> IssuePages.belongingTo(issue, page)).toList();
    // Parts of a jumped article put together share the id of its first part.
    Map<String, String> logicalIds = IssuePages.logicalIds(checked);
    // The costly part, cutting words, happens before any lock.
    Map<Integer, List<BulkWriter.Operation>> writes = new HashMap<>();
    Map<Integer, Integer> personCounts = new HashMap<>();
    for (int i = 0; i < checked.size(); i++) {
      Page page = checked.get(i);
      PageId id = issue.page(page.number());
      List<PageSightings.Seen> people = PageSightings.of(id, page);
      personCounts.put(page.number(), people.size());
      writes.put(page.number(), pageOperations(id, page, logicalIds, people, origins.get(i)));
    }
    List<PageId> dropped = new ArrayList<>();
    commitLock.readLock().lock();
    try {
      List<BulkWriter.Operation> operations = new ArrayList<>();
      pendingIssues.compute(
          issue,
          (id, pending) -> {
            Held held = held(id, numbers(checked), pending);
            if (whole && held.issue() != null) {
              dropped.addAll(dropOthers(held.issue(), checked, pending, operations));
            }
            for (Page page : checked) {
              PageId pageId = id.page(page.number());
              operations.addAll(writes.get(page.number()));
              int before = held.articleCounts().getOrDefault(page.number(), 0);
              for (int ordinal = page.articles().size() + 1; ordinal <= before; ordinal++) {
                operations.add(BulkWriter.Operation.delete(pageId.article(ordinal).toString()));
              }
              int people = personCounts.get(page.number());
              int peopleBefore =
                  Math.max(
                      held.personCounts().getOrDefault(page.number(), 0),
                      pendingPersonCounts.getOrDefault(pageId, 0));
              for (int n = people + 1; n <= peopleBefore; n++) {
                operations.add(BulkWriter.Operation.delete(ArchiveDocuments.sightingId(pageId, n)));
              }
              pendingPersonCounts.merge(pageId, people, Math::max);
            }
            return IssuePages.merge(id, whole ? null : held.issue(), checked);
          });
      List<BulkWriter.Operation> full = writer.add(operations);
      if (!full.isEmpty()) {
        writer.send(full);
      }
    } finally {
      commitLock.readLock().unlock();
    }
    return dropped;
  }

  private static List<Integer> numbers(List<Page> pages) {
    return pages.stream().map(Page::number).toList();
  }

  /**
   * Queues the deletes of the held pages of an issue that the put does not bring: each page's
   * record, articles and sightings. Returns those pages.
   */
  private List<PageId> dropOthers(
      ArchivedIssue held,
      List<Page> kept,
      ArchivedIssue pending,
      List<BulkWriter.Operation> operations) {
    Set<Integer> keptNumbers = Set.copyOf(numbers(kept));
    List<Integer> gone =
        held.pages().stream()
            .map(PageSummary::number)
            .filter(number -> !keptNumbers.contains(number))
            .toList();
    if (gone.isEmpty()) {
      return List.of();
    }
    Held counts = held(held.id(), gone, pending);
    List<PageId> dropped = new ArrayList<>();
    for (int number : gone) {
      PageId pageId = held.id().page(number);
      operations.add(BulkWriter.Operation.delete(pageId.toString()));
      for (int ordinal = 1; ordinal <= counts.articleCounts().getOrDefault(number, 0); ordinal++) {
        operations.add(BulkWriter.Operation.delete(pageId.article(ordinal).toString()));
      }
      int people =
          Math.max(
              counts.personCounts().getOrDefault(number, 0),
              pendingPersonCounts.getOrDefault(pageId, 0));
      for (int n = 1; n <= people; n++) {
        operations.add(BulkWriter.Operation.delete(ArchiveDocuments.sightingId(pageId, n)));
      }
      dropped.add(pageId);
    }
    return dropped;
  }

  private List<BulkWriter.Operation> pageOperations(
      PageId id,
      Page page,
      Map<String, String> logicalIds,
      List<PageSightings.Seen> people,
      PageOrigin origin) {
    List<BulkWriter.Operation> operations =
        new ArrayList<>(page.articles().size() + people.size() + 1);
    ObjectNode record = documents.page(id, page, people.size());
    if (!origin.source().isEmpty()) {
      record.put(Fields.SOURCE, origin.source());
    }
    operations.add(
        BulkWriter.Operation.index(id.toString(), documents.bytes(stamped(record, origin))));
    for (int n = 1; n <= people.size(); n++) {
      operations.add(
          BulkWriter.Operation.index(
              ArchiveDocuments.sightingId(id, n),
              documents.bytes(stamped(documents.sighting(id, people.get(n - 1)), origin))));
    }
    for (int ordinal = 1; ordinal <= page.articles().size(); ordinal++) {
      String articleId = id.article(ordinal).toString();
      ObjectNode article = documents.article(id, ordinal, page, logicalIds.get(articleId));
      operations.add(
          BulkWriter.Operation.index(articleId, documents.bytes(stamped(article, origin))));
    }
    return operations;
  }

  /** The document with the run that put it, so that the run's pages go in one delete. */
  private static ObjectNode stamped(ObjectNode doc, PageOrigin origin) {
    if (!origin.run().isEmpty()) {
      doc.put(Fields.RUN, origin.run());
    }
    return doc;
  }

  @Override
  public long pagesFrom(String source) {
    return read(
        "look for pages from " + source,
        () ->
            client
                .count(c -> c.index(index).query(ArticleFilters.term(Fields.SOURCE, source)))
                .count());
  }

  @Override
  public PurgeReport purge(PurgeSelection selection) {
    requireWritable();
    commitLock.writeLock().lock();
    try {
      // What is pending goes in first, so the purge sees it and removes it if it is selected.
      commitHeld();
      return new OpenSearchPurge(client, index, documents, writer).purge(selection);
    } catch (IOException | RuntimeException e) {
      throw failures.explain("purge archive " + index, e);
    } finally {
      commitLock.writeLock().unlock();
    }
  }

  /**
   * What the archive already holds of an issue: its record, and how many articles and sightings
   * each page has.
   */
  private record Held(
      ArchivedIssue issue,
      Map<Integer, Integer> articleCounts,
      Map<Integer, Integer> personCounts) {}

  /**
   * The issue as held (this process's uncommitted put, else the stored record) and the article
   * counts of the pages being put, from the record and from the page documents themselves (a run
   * stopped before its commit may have left pages without their record).
   */
  private Held held(IssueId id, List<Integer> pages, ArchivedIssue pending) {
    List<String> ids = new ArrayList<>();
    ids.add(id.toString());
    pages.forEach(number -> ids.add(id.page(number).toString()));
    MgetResponse<ObjectNode> found;
    try {
      found =
          client.mget(
              m ->
                  m.index(index)
                      .ids(ids)
                      .realtime(true)
                      .sourceIncludes(
                          List.of(
                              Fields.KIND,
                              Fields.ARTICLE_COUNT,
                              Fields.PERSON_COUNT,
                              Fields.PAGE_NUMBER,
                              Fields.ISSUE_RECORD,
                              Fields.PAGE_SUMMARIES)),
              ObjectNode.class);
    } catch (IOException | RuntimeException e) {
      throw failures.explain("read issue " + id, e);
    }
    ArchivedIssue stored = null;
    Map<Integer, Integer> counts = new HashMap<>();
    Map<Integer, Integer> people = new HashMap<>();
    for (var doc : found.docs()) {
      if (!doc.isResult() || !doc.result().found()) {
        continue;
      }
      JsonNode source = doc.result().source();
      if (Fields.ISSUE.equals(source.path(Fields.KIND).asText())) {
        stored = documents.readIssue(id, source);
      } else {
        counts.merge(
            source.path(Fields.PAGE_NUMBER).asInt(),
            source.path(Fields.ARTICLE_COUNT).asInt(),
            Math::max);
        people.merge(
            source.path(Fields.PAGE_NUMBER).asInt(),
            source.path(Fields.PERSON_COUNT).asInt(),
            Math::max);
      }
    }
    ArchivedIssue issue = pending != null ? pending : stored;
    if (issue != null) {
      for (PageSummary page : issue.pages()) {
        counts.merge(page.number(), page.articleCount(), Math::max);
      }
    }
    return new Held(issue, counts, people);
  }

  @Override
  public void commit() {
    requireWritable();
    commitLock.writeLock().lock();
    try {
      commitHeld();
    } catch (IOException | RuntimeException e) {
      throw failures.explain("commit archive " + index, e);
    } finally {
      commitLock.writeLock().unlock();
    }
  }

  /** The commit, under the commit lock held alone. */
  private void commitHeld() throws IOException {
    writer.send(writer.drain());
    // Records after their pages: an issue record on the cluster means its pages are there.
    List<BulkWriter.Operation> records = new ArrayList<>();
    pendingIssues.forEach(
        (id, issue) ->
            records.add(
                BulkWriter.Operation.index(
                    id.toString(), documents.bytes(documents.issue(issue)))));
    writer.send(records);
    client.indices().refresh(r -> r.index(index));
    pendingIssues.clear();
    pendingPersonCounts.clear();
  }

  private void requireWritable() {
    if (!writable) {
      throw new IllegalStateException(
          "archive " + connection.address() + " was opened for reading");
    }
  }

  @Override
  public List<PaperSummary> papers() {
    return read("list papers", listings::papers);
  }

  @Override
  public List<IssueSummary> issues(String paper, LocalDate from, LocalDate to) {
    return read("list issues", () -> listings.issues(paper, from, to));
  }

  @Override
  public Optional<ArchivedIssue> issue(IssueId id) {
    return read(
        "read issue " + id,
        () -> committed(id.toString()).map(source -> documents.readIssue(id, source)));
  }

  @Override
  public Optional<ArchivedPage> page(PageId id) {
    return read(
        "read page " + id,
        () ->
            committed(id.toString())
                .map(source -> new ArchivedPage(id, documents.readPage(source))));
  }

  @Override
  public Optional<ArchivedArticle> article(ArticleId id) {
    return read(
        "read article " + id,
        () -> {
          Optional<ObjectNode> article = committed(id.toString());
          if (article.isEmpty()) {
            return Optional.empty();
          }
          return committed(id.page().toString())
              .map(documents::readPage)
              .filter(page -> id.ordinal() <= page.articles().size())
              .map(
                  page ->
                      new ArchivedArticle(
                          id,
                          article.get().path(Fields.LOGICAL_ID).asText(id.toString()),
                          page.issue(),
                          page.articles().get(id.ordinal() - 1)));
        });
  }

  /** A document as of the last commit (not the realtime view, which would show pending puts). */
  private Optional<ObjectNode> committed(String id) throws IOException {
    var response = client.get(g -> g.index(index).id(id).realtime(false), ObjectNode.class);
    return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
  }

  @Override
  public SearchResult search(SearchRequest request) {
    return read("search archive " + index, () -> searcher.search(request));
  }

  @Override
  public Stream<ArchivedArticle> export(ArticleFilter filter) {
    return read("export from archive " + index, () -> exporter.stream(filter));
  }

  @Override
  public ArchiveStats stats() {
    return read(
        "read the archive's statistics",
        () -> {
          List<PaperSummary> papers = listings.papers();
          Map<String, Long> counts = listings.counts();
          LocalDate first =
              papers.stream().map(PaperSummary::firstIssue).min(LocalDate::compareTo).orElse(null);
          LocalDate last =
              papers.stream().map(PaperSummary::lastIssue).max(LocalDate::compareTo).orElse(null);
          return new ArchiveStats(
              papers,
              first,
              last,
              counts.getOrDefault(Fields.ISSUE, 0L),
              counts.getOrDefault(Fields.PAGE, 0L),
              counts.getOrDefault(Fields.ARTICLE, 0L),
              listings.bytesOnDisk());
        });
  }

  @Override
  public PeopleIndex people() {
    return people;
  }

  @Override
  public void close() {
    try {
      if (writable) {
        commit();
      }
    } finally {
      connection.close();
    }
  }

  private interface Read<T> {
    T get() throws IOException;
  }

  private <T> T read(String doing, Read<T> action) {
    try {
      return action.get();
    } catch (baoku.archive.InvalidQueryException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw failures.explain(doing, e);
    }
  }
}
