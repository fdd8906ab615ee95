package baoku.archive.lucene;

import baoku.archive.Archive;
import baoku.archive.ArchiveException;
import baoku.archive.ArchiveInUseException;
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
import baoku.archive.PageSummary;
import baoku.archive.PaperSummary;
import baoku.archive.PeopleIndex;
import baoku.archive.PeopleNotIndexedException;
import baoku.archive.PersonSighting;
import baoku.archive.PersonTally;
import baoku.archive.PurgeReport;
import baoku.archive.PurgeSelection;
import baoku.archive.SearchRequest;
import baoku.archive.SearchResult;
import baoku.archive.SightedArticle;
import baoku.archive.TitleHolding;
import baoku.archive.analysis.ChineseAnalyzers;
import baoku.page.Page;
import baoku.page.PageJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KeepOnlyLastCommitDeletionPolicy;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The embedded archive: one Lucene index in {@code DIR/index} on local disk. One process at a time
 * may write (Lucene's write lock; a second writer gets {@link ArchiveInUseException}); any number
 * may read. Readers see the last commit, and commits fall between puts only.
 */
public final class LuceneArchive implements Archive {
  private final Path root;
  private final Path indexDir;
  private final Directory directory;
  private final IndexWriter writer;

  /** The writer's deletion policy, which keeps a commit being backed up; null when reading. */
  private final SnapshotDeletionPolicy snapshots;

  private final SearcherManager searchers;
  private final Analyzer analyzer;
  private final PageDocuments documents;
  private final ArticleSearch articleSearch;
  private final PeopleQueries peopleQueries = new PeopleQueries();

  /** Puts share it; a commit takes it alone, so no commit holds half a put. */
  private final ReadWriteLock commitLock = new ReentrantReadWriteLock();

  /** Whether a purge was committed: closing then leaves the merges it set off. */
  private volatile boolean purged;

  /** Issue records changed since the last commit, which readers cannot see yet. */
  private final Map<IssueId, ArchivedIssue> pendingIssues = new ConcurrentHashMap<>();

  /** The commit readers see, as a read last found it; {@code null} until the first read. */
  private volatile SeenCommit seen;

  /**
   * The commit point's file, the file the next commit would write, and when the index was last read
   * for a newer commit. A writer keeps only its last commit (Lucene's default deletion policy): it
   * removes the previous commit point before its commit returns, so while the first file is there
   * and the second is not, no newer commit exists.
   */
  private record SeenCommit(Path file, Path next, long checkedAt) {}

  /** How often a read looks for a newer commit the full way even when the files say none. */
  private static final long FULL_CHECK_NANOS = Duration.ofSeconds(1).toNanos();

  private LuceneArchive(Path root, ChineseAnalyzers analyzers, boolean writable)
      throws IOException {
    this.root = root;
    this.analyzer = ArchiveAnalyzer.of(analyzers);
    this.documents = new PageDocuments(new PageJson(), PageDocuments.facetsConfig());
    this.indexDir = root.resolve("index");
    if (writable) {
      Files.createDirectories(indexDir);
    } else if (!Files.isDirectory(indexDir)) {
      throw new ArchiveException("no archive at " + root + " (nothing has been ingested there)");
    }
    this.directory = FSDirectory.open(indexDir);
    this.snapshots =
        writable ? new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy()) : null;
    IndexWriter opened = null;
    try {
      if (writable) {
        opened = openWriter();
        if (!DirectoryReader.indexExists(directory)) {
          // A new archive keeps its people from the first page on; the mark stays with every
          // later commit, and an archive made before lacks it.
          opened.setLiveCommitData(Map.of(Fields.PEOPLE_INDEXED, "1").entrySet());
          opened.commit(); // an empty first commit, so that readers have one to open
        }
      } else if (!DirectoryReader.indexExists(directory)) {
        throw new ArchiveException("no archive at " + root + " (nothing has been committed)");
      }
      // Readers open commits from the directory, never the writer's uncommitted state. Each search
      // runs on its caller's thread: split over threads, one search ends sooner on an idle machine,
      // but a server answering many at once spent an eighth more on the handing over.
      this.searchers = new SearcherManager(directory, null);
    } catch (IOException | RuntimeException e) {
      if (opened != null) {
        opened.rollback();
      }
      directory.close();
      throw e;
    }
    this.writer = opened;
    this.articleSearch = new ArticleSearch(analyzer, PageDocuments.facetsConfig());
  }

  /** Opens (creating if need be) the archive at {@code root} to write and read it. */
  public static LuceneArchive openForWriting(Path root, ChineseAnalyzers analyzers) {
    try {
      return new LuceneArchive(root, analyzers, true);
    } catch (IOException e) {
      throw new ArchiveException("cannot open archive " + root + ": " + e.getMessage(), e);
    }
  }

  /** Opens an existing archive to read; it follows commits made later by a writer. */
  public static LuceneArchive openForReading(Path root, ChineseAnalyzers analyzers) {
    try {
      return new LuceneArchive(root, analyzers, false);
    } catch (IOException e) {
      throw new ArchiveException("cannot open archive " + root + ": " + e.getMessage(), e);
    }
  }

  private IndexWriter openWriter() throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setIndexDeletionPolicy(snapshots)
            .setRAMBufferSizeMB(64);
    try {
      return new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      throw new ArchiveInUseException(
          "archive in use: "
              + root
              + " is being written by another process; try again when it"
              + " has finished",
          e);
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
    Map<PageId, List<Document>> blocks = new LinkedHashMap<>();
    try {
      for (int i = 0; i < checked.size(); i++) {
        Page page = checked.get(i);
        PageId id = issue.page(page.number());
        blocks.put(id, documents.page(id, page, logicalIds, origins.get(i)));
      }
    } catch (IOException e) {
      throw new ArchiveException("cannot write issue " + issue + ": " + e.getMessage(), e);
    }
    List<PageId> dropped = new ArrayList<>();
    commitLock.readLock().lock();
    try {
      for (var block : blocks.entrySet()) {
        writer.updateDocuments(
            new Term(Fields.PAGE_ID, block.getKey().toString()), block.getValue());
      }
      // Merging and writing the issue record under the map's lock keeps concurrent puts of one
      // issue from overwriting each other's pages.
      pendingIssues.compute(
          issue,
          (id, pending) -> {
            ArchivedIssue held = pending != null ? pending : committedIssue(id).orElse(null);
            try {
              if (whole && held != null) {
                dropped.addAll(dropOthers(held, blocks.keySet()));
              }
              ArchivedIssue merged = IssuePages.merge(id, whole ? null : held, checked);
              writer.updateDocument(
                  new Term(Fields.ISSUE_RECORD, id.toString()), documents.issue(merged));
              return merged;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (IOException | UncheckedIOException e) {
      throw new ArchiveException("cannot write issue " + issue + ": " + e.getMessage(), e);
    } finally {
      commitLock.readLock().unlock();
    }
    return dropped;
  }

  /** Deletes the held pages of an issue that are not {@code kept}; returns them. */
  private List<PageId> dropOthers(ArchivedIssue held, Set<PageId> kept) throws IOException {
    List<PageId> dropped = new ArrayList<>();
    for (PageSummary summary : held.pages()) {
      PageId id = held.id().page(summary.number());
      if (!kept.contains(id)) {
        writer.deleteDocuments(new Term(Fields.PAGE_ID, id.toString()));
        dropped.add(id);
      }
    }
    return dropped;
  }

  @Override
  public long pagesFrom(String source) {
    return read(searcher -> (long) searcher.count(new TermQuery(new Term(Fields.SOURCE, source))));
  }

  /**
   * Copies the last commit to {@code target}, an empty or new folder, while puts and commits go on.
   * Opened to write, the archive holds the commit with a snapshot until it is copied; opened to
   * read (another process writing), it opens every file of the commit it reads before copying, and
   * starts again from a newer commit if one came between.
   */
  public BackupSummary backup(Path target) {
    try {
      if (writer != null) {
        IndexCommit commit = snapshots.snapshot();
        try {
          return LuceneBackup.copy(
              LuceneBackup.open(indexDir, commit), commit.getGeneration(), target);
        } finally {
          snapshots.release(commit);
          writer.deleteUnusedFiles();
        }
      }
      for (int attempt = 0; attempt < BACKUP_ATTEMPTS; attempt++) {
        refreshIfReading();
        IndexSearcher searcher = searchers.acquire();
        IndexCommit commit;
        Map<String, java.nio.channels.FileChannel> files;
        try {
          commit = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit();
          files = LuceneBackup.open(indexDir, commit);
        } finally {
          release(searcher);
        }
        if (!files.isEmpty()) {
          return LuceneBackup.copy(files, commit.getGeneration(), target);
        }
      }
      throw new ArchiveException(
          "archive " + root + " was committed to faster than it could be backed up; try again");
    } catch (IOException e) {
      throw new ArchiveException("cannot back up archive " + root + ": " + e.getMessage(), e);
    }
  }

  private static final int BACKUP_ATTEMPTS = 20;

  /**
   * Makes {@code root} an archive holding the backup in {@code backup}, checked file by file;
   * {@code root} must hold no archive yet.
   */
  public static BackupSummary restore(Path backup, Path root) {
    try {
      return LuceneBackup.restore(backup, root.resolve("index"));
    } catch (IOException e) {
      throw new ArchiveException(
          "cannot restore " + backup + " into " + root + ": " + e.getMessage(), e);
    }
  }

  @Override
  public PurgeReport purge(PurgeSelection selection) {
    requireWritable();
    commitLock.writeLock().lock();
    try {
      // What is pending goes in first, so the purge sees it and removes it if it is selected.
      writer.commit();
      pendingIssues.clear();
      searchers.maybeRefreshBlocking();
      IndexSearcher searcher = searchers.acquire();
      PurgeReport report;
      try {
        report = new LucenePurge(writer, documents).purge(searcher, selection);
      } finally {
        release(searcher);
      }
      writer.commit();
      purged = true;
      return report;
    } catch (IOException | UncheckedIOException e) {
      try {
        writer.rollback();
      } catch (IOException | RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new ArchiveException("cannot purge archive " + root + ": " + e.getMessage(), e);
    } finally {
      commitLock.writeLock().unlock();
    }
  }

  @Override
  public void commit() {
    requireWritable();
    try {
      // Most of a commit is writing out what is buffered. Done first, while puts go on, it leaves
      // little for the commit itself, which puts must wait for.
      writer.flush();
    } catch (IOException e) {
      throw new ArchiveException("cannot commit archive " + root + ": " + e.getMessage(), e);
    }
    commitLock.writeLock().lock();
    try {
      writer.commit();
      pendingIssues.clear();
    } catch (IOException e) {
      throw new ArchiveException("cannot commit archive " + root + ": " + e.getMessage(), e);
    } finally {
      commitLock.writeLock().unlock();
    }
  }

  private void requireWritable() {
    if (writer == null) {
      throw new IllegalStateException("archive " + root + " was opened for reading");
    }
  }

  /** The version of the commit readers see; it changes with every commit that changed anything. */
  @Override
  public OptionalLong version() {
    return read(
        searcher -> OptionalLong.of(((DirectoryReader) searcher.getIndexReader()).getVersion()));
  }

  @Override
  public List<PaperSummary> papers() {
    return read(searcher -> new ArchiveListings(searcher, documents).papers());
  }

  @Override
  public List<IssueSummary> issues(String paper, LocalDate from, LocalDate to) {
    return read(searcher -> new ArchiveListings(searcher, documents).issues(paper, from, to));
  }

  @Override
  public Optional<ArchivedIssue> issue(IssueId id) {
    return read(searcher -> readIssue(searcher, id));
  }

  private Optional<ArchivedIssue> committedIssue(IssueId id) {
    return read(searcher -> readIssue(searcher, id));
  }

  private Optional<ArchivedIssue> readIssue(IndexSearcher searcher, IssueId id) throws IOException {
    return first(searcher, new TermQuery(new Term(Fields.ISSUE_RECORD, id.toString())))
        .map(
            doc ->
                new ArchivedIssue(
                    id,
                    documents.readIssue(doc.get(Fields.ISSUE_JSON)),
                    documents.readPageSummaries(doc.get(Fields.PAGES_JSON))));
  }

  @Override
  public Optional<ArchivedPage> page(PageId id) {
    return read(searcher -> readPage(searcher, id));
  }

  private Optional<ArchivedPage> readPage(IndexSearcher searcher, PageId id) throws IOException {
    Query query =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.PAGE_ID, id.toString())), Occur.FILTER)
            .add(new TermQuery(new Term(Fields.KIND, Fields.PAGE)), Occur.FILTER)
            .build();
    return first(searcher, query)
        .map(doc -> new ArchivedPage(id, documents.readPage(doc.get(Fields.PAGE_JSON))));
  }

  @Override
  public Optional<ArchivedArticle> article(ArticleId id) {
    return read(
        searcher -> {
          Optional<Document> doc =
              first(searcher, new TermQuery(new Term(Fields.ARTICLE_ID, id.toString())));
          if (doc.isEmpty()) {
            return Optional.empty();
          }
          return readPage(searcher, id.page())
              .map(
                  page ->
                      ArticleSearch.archived(id, doc.get().get(Fields.LOGICAL_ID), page.page()));
        });
  }

  @Override
  public SearchResult search(SearchRequest request) {
    return read(searcher -> articleSearch.search(searcher, request));
  }

  @Override
  public Stream<ArchivedArticle> export(ArticleFilter filter) {
    refreshIfReading();
    try {
      IndexSearcher searcher = searchers.acquire();
      return new ArticleExport(searcher, articleSearch.filterQuery(filter), documents)
          .stream().onClose(() -> release(searcher));
    } catch (IOException e) {
      throw new ArchiveException("cannot read archive " + root + ": " + e.getMessage(), e);
    }
  }

  @Override
  public ArchiveStats stats() {
    return read(
        searcher -> {
          ArchiveListings listings = new ArchiveListings(searcher, documents);
          List<PaperSummary> papers = listings.papers();
          LocalDate first =
              papers.stream().map(PaperSummary::firstIssue).min(LocalDate::compareTo).orElse(null);
          LocalDate last =
              papers.stream().map(PaperSummary::lastIssue).max(LocalDate::compareTo).orElse(null);
          return new ArchiveStats(
              papers,
              first,
              last,
              listings.count(Fields.ISSUE),
              listings.count(Fields.PAGE),
              listings.count(Fields.ARTICLE),
              bytesOnDisk());
        });
  }

  @Override
  public PeopleIndex people() {
    return new PeopleIndex() {
      @Override
      public List<PersonTally> mostNamed(int limit) {
        return readPeople(searcher -> peopleQueries.mostNamed(searcher, limit));
      }

      @Override
      public List<PersonSighting> sightings(String name) {
        return readPeople(searcher -> peopleQueries.sightings(searcher, name));
      }

      @Override
      public List<SightedArticle> articlesNaming(String name, int limit) {
        return readPeople(searcher -> peopleQueries.articlesNaming(searcher, name, limit));
      }

      @Override
      public List<TitleHolding> titleHoldings(String suffix) {
        return readPeople(searcher -> peopleQueries.titleHoldings(searcher, suffix));
      }
    };
  }

  private <T> T readPeople(Read<T> action) {
    return read(
        searcher -> {
          IndexCommit commit = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit();
          if (!commit.getUserData().containsKey(Fields.PEOPLE_INDEXED)) {
            throw new PeopleNotIndexedException(root.toString());
          }
          return action.apply(searcher);
        });
  }

  /**
   * The bytes of every file under the archive's folder; files a merge removes meanwhile count 0.
   */
  private long bytesOnDisk() throws IOException {
    long[] total = {0};
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            total[0] += attributes.isRegularFile() ? attributes.size() : 0;
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE; // removed by a merge while we walked
          }
        });
    return total[0];
  }

  @Override
  public void close() {
    try {
      if (writer != null) {
        commit();
      }
    } finally {
      try {
        searchers.close();
        if (writer != null && purged) {
          // All is committed; what a purge's deletes set merging would keep the process for
          // minutes on a large archive. The next writer merges them again.
          writer.rollback();
        } else if (writer != null) {
          writer.close();
        }
        directory.close();
      } catch (IOException e) {
        throw new ArchiveException("cannot close archive " + root + ": " + e.getMessage(), e);
      }
    }
  }

  private interface Read<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T read(Read<T> action) {
    refreshIfReading();
    IndexSearcher searcher;
    try {
      searcher = searchers.acquire();
    } catch (IOException e) {
      throw new ArchiveException("cannot read archive " + root + ": " + e.getMessage(), e);
    }
    try {
      return action.apply(searcher);
    } catch (IOException e) {
      throw new ArchiveException("cannot read archive " + root + ": " + e.getMessage(), e);
    } finally {
      release(searcher);
    }
  }

  /**
   * Looks for a newer commit, this process's or another's, before each read: cheaper than reopening
   * at every commit while an ingest commits often and nobody reads. Most reads only check that the
   * commit point they saw is still the last ({@link SeenCommit}); listing the index and reading its
   * commit, as a full check does, cost more than many a read itself.
   */
  private void refreshIfReading() {
    SeenCommit held = seen;
    boolean unchanged = held != null && Files.exists(held.file()) && !Files.exists(held.next());
    if (unchanged && System.nanoTime() - held.checkedAt() < FULL_CHECK_NANOS) {
      return;
    }
    try {
      long checkedAt = System.nanoTime();
      if (!unchanged) {
        searchers.maybeRefreshBlocking();
      } else if (!searchers.maybeRefresh()) {
        return; // the files say nothing changed, and another read is checking the full way
      }
      IndexSearcher searcher = searchers.acquire();
      try {
        IndexCommit commit = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit();
        String next =
            IndexFileNames.fileNameFromGeneration(
                IndexFileNames.SEGMENTS, "", commit.getGeneration() + 1);
        seen =
            new SeenCommit(
                indexDir.resolve(commit.getSegmentsFileName()), indexDir.resolve(next), checkedAt);
      } finally {
        release(searcher);
      }
    } catch (IOException e) {
      throw new ArchiveException("cannot read archive " + root + ": " + e.getMessage(), e);
    }
  }

  private void release(IndexSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Optional<Document> first(IndexSearcher searcher, Query query) throws IOException {
    TopDocs top = searcher.search(query, 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc));
  }
}
