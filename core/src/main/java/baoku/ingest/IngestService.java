package baoku.ingest;

import baoku.archive.Archive;
import baoku.archive.ArchiveException;
import baoku.archive.IssueId;
import baoku.archive.PageId;
import baoku.archive.PageOrigin;
import baoku.archive.PaperNames;
import baoku.archive.scans.PageScan;
import baoku.archive.scans.PageScans;
import baoku.page.Article;
import baoku.page.Page;
import baoku.page.PageJson;
import baoku.parse.PageInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Reads page files into an archive. Files whose path or manifest names the same issue are read
 * together and stored with one put, so each issue appears at once; commits fall between puts, at
 * most {@link IngestOptions#commitInterval} apart, so a run killed half-way leaves every issue
 * committed before the kill and the next run (which replaces pages, never duplicates them) finishes
 * the job. A file that cannot be read, parsed or dated is reported and skipped, never fatal.
 */
public final class IngestService {
  private static final String NO_NEWSPAPER =
      "too little Chinese text, or neither masthead nor article: not a newspaper page?";

  private final PageReader reader;
  private final PathLayouts layouts;
  private final PageJson json;
  private final Archive archive;
  private final IngestOptions options;
  private final UnaryOperator<Page> enrichment;
  private final PdfFiles pdfs;
  private final PageScans scans;
  private final Supplier<String> runIds;
  private volatile boolean stopping;

  /** An ingest that stores pages as read, without enrichment, and PDF pages without images. */
  public IngestService(
      PageReader reader,
      PathLayouts layouts,
      PageJson json,
      Archive archive,
      IngestOptions options) {
    this(
        reader,
        layouts,
        json,
        archive,
        options,
        UnaryOperator.identity(),
        new PdfFiles(),
        PageScans.none());
  }

  /** An ingest that names each run with a new {@link IngestRunId}. */
  public IngestService(
      PageReader reader,
      PathLayouts layouts,
      PageJson json,
      Archive archive,
      IngestOptions options,
      UnaryOperator<Page> enrichment,
      PdfFiles pdfs,
      PageScans scans) {
    this(reader, layouts, json, archive, options, enrichment, pdfs, scans, IngestRunId::next);
  }

  /**
   * An ingest that passes every page read through {@code enrichment} (an {@code Enricher::enrich},
   * say) before storing it, and keeps each PDF page's image, thumbnail and PDF in {@code scans}.
   */
  public IngestService(
      PageReader reader,
      PathLayouts layouts,
      PageJson json,
      Archive archive,
      IngestOptions options,
      UnaryOperator<Page> enrichment,
      PdfFiles pdfs,
      PageScans scans,
      Supplier<String> runIds) {
    this.runIds = runIds;
    this.enrichment = enrichment;
    this.reader = reader;
    this.layouts = layouts;
    this.json = json;
    this.archive = archive;
    this.options = options;
    this.pdfs = pdfs;
    this.scans = scans;
  }

  /**
   * Asks the run under way to stop: files not yet begun are left unread, the issues being read are
   * stored and committed, and {@link #ingest} returns its report, counting what was left.
   */
  public void stop() {
    stopping = true;
  }

  public IngestReport ingest(List<Path> inputs, IngestListener listener) {
    IngestInputs found = new IngestInputs(layouts, json, options.paper()).collect(inputs);
    Run run = new Run(listener, runIds.get());
    found.problems.forEach(run::reject);
    listener.started(found.files.size());
    ExecutorService workers = Executors.newFixedThreadPool(options.threads());
    try {
      List<Future<?>> tasks = new ArrayList<>();
      for (List<PageFile> group : groups(found.files)) {
        tasks.add(workers.submit(() -> run.ingest(group)));
      }
      for (Future<?> task : tasks) {
        task.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    } finally {
      workers.shutdownNow();
    }
    run.commit();
    return run.report();
  }

  /** Files that name the same issue go together; a file whose issue is unknown goes alone. */
  private static List<List<PageFile>> groups(List<PageFile> files) {
    Map<Object, List<PageFile>> groups = new LinkedHashMap<>();
    for (PageFile file : files) {
      var hints = file.hints();
      Object key =
          hints.date() != null && PaperNames.problem(hints.paper()).isEmpty()
              ? new IssueId(hints.paper(), hints.date())
              : file.path();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(file);
    }
    return List.copyOf(groups.values());
  }

  /** The state of one run, shared by its workers. */
  private final class Run {
    private final IngestListener listener;
    private final String id;
    private final Set<IssueId> issues = ConcurrentHashMap.newKeySet();
    private final Set<Path> counted = ConcurrentHashMap.newKeySet();
    private final Map<PageId, Claim> claims = new ConcurrentHashMap<>();
    private final Map<IssueId, ReentrantLock> issueTurns = new ConcurrentHashMap<>();
    private final AtomicLong pages = new AtomicLong();
    private final AtomicLong articles = new AtomicLong();
    private final AtomicInteger filesDone = new AtomicInteger();
    private final AtomicLong skippedFiles = new AtomicLong();
    private final AtomicLong skippedPages = new AtomicLong();
    private final AtomicLong unread = new AtomicLong();

    /** Under --replace, the issues this run has replaced whole already. */
    private final Set<IssueId> replacedIssues = ConcurrentHashMap.newKeySet();

    /**
     * A group's puts share it, a commit takes it alone: the pages of one file (a PDF's may fill
     * several issues) are committed together, so a file found committed is found whole.
     */
    private final ReadWriteLock groupPuts = new ReentrantReadWriteLock();

    private final List<Rejection> rejected = new ArrayList<>();
    private final List<Warning> warned = new ArrayList<>();
    private final ReentrantLock commitTurn = new ReentrantLock();
    private long lastCommit = System.nanoTime();

    Run(IngestListener listener, String id) {
      this.listener = listener;
      this.id = id;
    }

    void ingest(List<PageFile> group) {
      if (stopping) {
        unread.addAndGet(group.size());
        return;
      }
      Map<IssueId, Map<Integer, Page>> byIssue = new LinkedHashMap<>();
      Map<Page, PageFile> origin = new IdentityHashMap<>();
      Map<Page, PageScan> scanned = new IdentityHashMap<>();
      Map<Page, String> sources = new IdentityHashMap<>();
      for (PageFile file : group) {
        for (Page page : read(file, scanned, sources)) {
          collect(file, page, byIssue, origin);
        }
      }
      groupPuts.readLock().lock();
      try {
        byIssue.forEach(
            (issue, numbered) ->
                put(issue, List.copyOf(numbered.values()), origin, scanned, sources));
      } finally {
        groupPuts.readLock().unlock();
      }
      maybeCommit();
    }

    /** The file whose page is stored under an id, and how many articles it brought. */
    private record Claim(PageFile file, int articles) {}

    private void collect(
        PageFile file,
        Page page,
        Map<IssueId, Map<Integer, Page>> byIssue,
        Map<Page, PageFile> origin) {
      IssueId issue = new IssueId(page.issue().paper(), page.issue().date());
      Page earlier =
          byIssue
              .computeIfAbsent(issue, k -> new LinkedHashMap<>())
              .putIfAbsent(page.number(), page);
      if (earlier != null) {
        reject(clash(file, issue.page(page.number()), origin.get(earlier)));
        countDone(file);
      } else {
        origin.put(page, file);
      }
    }

    /**
     * Stores the pages of one issue that no file named earlier in the run has given. Files that
     * name different issues by their hints may still give the same page (the masthead wins), and
     * are read by different workers: each issue is put by one worker at a time, so whichever order
     * they come in, the page of the file named first is the one stored and the other is reported.
     */
    private void put(
        IssueId issue,
        List<Page> issuePages,
        Map<Page, PageFile> origin,
        Map<Page, PageScan> scanned,
        Map<Page, String> sources) {
      ReentrantLock turn = issueTurns.computeIfAbsent(issue, k -> new ReentrantLock());
      turn.lock();
      try {
        List<Page> kept = new ArrayList<>(issuePages.size());
        Map<PageId, Claim> replaced = new LinkedHashMap<>();
        for (Page page : issuePages) {
          PageId id = issue.page(page.number());
          PageFile file = origin.get(page);
          Claim earlier = claims.get(id);
          if (earlier == null) {
            kept.add(page);
          } else if (earlier.file().order() < file.order()) {
            reject(clash(file, id, earlier.file()));
          } else {
            kept.add(page);
            replaced.put(id, earlier);
          }
        }
        if (!store(issue, kept, origin, scanned, sources)) {
          return;
        }
        replaced.forEach(
            (id, earlier) -> {
              reject(clash(earlier.file(), id, claims.get(id).file()));
              pages.decrementAndGet();
              articles.addAndGet(-earlier.articles());
            });
      } finally {
        turn.unlock();
        // Progress counts files, and a PDF's pages may fill many issues.
        issuePages.stream().map(origin::get).distinct().forEach(this::countDone);
      }
    }

    /** Whether {@code kept} is stored; a page the store refuses is reported. */
    private boolean store(
        IssueId issue,
        List<Page> kept,
        Map<Page, PageFile> origin,
        Map<Page, PageScan> scanned,
        Map<Page, String> sources) {
      if (kept.isEmpty()) {
        return true;
      }
      List<PageOrigin> origins =
          kept.stream().map(page -> new PageOrigin(id, sources.getOrDefault(page, ""))).toList();
      try {
        // Under --replace, the first put of an issue in the run replaces it whole; the issue's
        // later puts in the run (files whose hints named other issues) add to it.
        if (options.replace() && replacedIssues.add(issue)) {
          archive.replace(issue, kept, origins).forEach(scans::remove);
        } else {
          archive.put(issue, kept, origins);
        }
        for (Page page : kept) {
          PageScan scan = scanned.get(page);
          if (scan != null) {
            scans.put(new PageId(issue, page.number()), scan);
          }
          claims.put(
              issue.page(page.number()), new Claim(origin.get(page), page.articles().size()));
        }
        issues.add(issue);
        pages.addAndGet(kept.size());
        articles.addAndGet(kept.stream().mapToLong(p -> p.articles().size()).sum());
        return true;
      } catch (ArchiveException e) {
        // The store failed (a cluster gone, a disk full): no later page would fare better.
        throw e;
      } catch (RuntimeException e) {
        for (Page page : kept) {
          reject(
              new Rejection(
                  origin.get(page).path().toString(), "cannot store (" + e.getMessage() + ")"));
        }
        return false;
      }
    }

    private static Rejection clash(PageFile dropped, PageId page, PageFile kept) {
      return new Rejection(
          dropped.path().toString(),
          "page " + page.number() + " of " + page.issue() + " is also in " + kept.path());
    }

    private void countDone(PageFile file) {
      if (counted.add(file.path())) {
        done();
      }
    }

    /**
     * The file's pages (a PDF's with their scans added to {@code scanned}), or none after reporting
     * why it cannot be ingested; a PDF is taken whole or not at all.
     */
    private List<Page> read(PageFile file, Map<Page, PageScan> scanned, Map<Page, String> sources) {
      String source = file.path().toString();
      try {
        byte[] bytes = Files.readAllBytes(file.path());
        String fingerprint = SourceFingerprint.of(bytes, file.hints(), options.strict());
        if (options.skipsIngested()) {
          long held = archive.pagesFrom(fingerprint);
          if (held > 0) {
            skippedFiles.incrementAndGet();
            skippedPages.addAndGet(held);
            done();
            return List.of();
          }
        }
        List<Page> pages = readPages(file, bytes, source, scanned);
        pages.forEach(page -> sources.put(page, fingerprint));
        return pages;
      } catch (PageInputException e) {
        reject(new Rejection(source, e.reason()));
      } catch (IOException e) {
        reject(new Rejection(source, "cannot read (" + e.getMessage() + ")"));
      }
      done();
      return List.of();
    }

    private List<Page> readPages(
        PageFile file, byte[] bytes, String source, Map<Page, PageScan> scanned)
        throws IOException, PageInputException {
      if (!pdfs.reads(bytes) && ScanFiles.isImage(bytes)) {
        reject(new Rejection(source, "a page image, and this ingest reads no scans (no OCR)"));
        done();
        return List.of();
      }
      if (!pdfs.reads(bytes)) {
        Page page = reader.read(bytes, source, file.hints());
        String refusal = refusal(page, file.path(), "");
        if (refusal != null) {
          reject(new Rejection(source, refusal));
          done();
          return List.of();
        }
        Optional<String> doubt = doubt(page, "");
        if (doubt.isPresent()) {
          warn(new Warning(source, doubt.get()));
          page = page.withArticles(List.of()); // what was read of it is no article
        }
        return List.of(enrichment.apply(page));
      }
      List<PdfFiles.ScannedPage> pages = pdfs.read(bytes, source, file.hints());
      List<Warning> doubts = new ArrayList<>();
      for (PdfFiles.ScannedPage each : pages) {
        String where = pages.size() == 1 ? "" : "page " + each.page().number() + ": ";
        String refusal = refusal(each.page(), file.path(), where);
        if (refusal != null) {
          reject(new Rejection(source, refusal));
          done();
          return List.of();
        }
        doubt(each.page(), where).ifPresent(doubt -> doubts.add(new Warning(source, doubt)));
      }
      doubts.forEach(this::warn);
      List<Page> enriched = new ArrayList<>();
      for (PdfFiles.ScannedPage each : pages) {
        Page page = enrichment.apply(each.page());
        scanned.put(page, each.scan());
        enriched.add(page);
      }
      return enriched;
    }

    /**
     * Why the page cannot be stored, {@code where} in its file, or {@code null}. Under {@code
     * --strict}, that includes seeming no newspaper page.
     */
    private String refusal(Page page, Path file, String where) {
      String missing = missing(page, file);
      if (missing != null) {
        return missing;
      }
      return options.strict() && isNoNewspaper(page) ? where + NO_NEWSPAPER + " (--strict)" : null;
    }

    /** Why a page stored may not be a newspaper's, {@code where} in its file. */
    private Optional<String> doubt(Page page, String where) {
      return isNoNewspaper(page)
          ? Optional.of(where + NO_NEWSPAPER + " (stored empty; --strict rejects it)")
          : Optional.empty();
    }

    /**
     * Text that is no newspaper page (a README, source code, JSON): a Chinese paper's page is
     * mostly Chinese characters, and has a masthead or articles.
     */
    private static boolean isNoNewspaper(Page page) {
      boolean empty =
          page.articles().isEmpty() && (page.masthead() == null || page.masthead().isBlank());
      List<String> texts = new ArrayList<>();
      texts.add(page.masthead() == null ? "" : page.masthead());
      for (Article article : page.articles()) {
        texts.add(article.title() == null ? "" : article.title());
        texts.addAll(article.paragraphs());
      }
      int han = 0;
      int letters = 0;
      for (String text : texts) {
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          if (Character.isLetterOrDigit(c)) {
            letters++;
            han += Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 1 : 0;
          }
        }
      }
      return empty || han * 3 < letters;
    }

    private static String missing(Page page, Path file) {
      if (page.issue() == null || page.issue().date() == null) {
        return "no date: the page prints none, and no manifest, NAME.meta.json or path layout"
            + " (PAPER/YYYY-MM-DD/NN.txt, YYYYMMDD-NN.txt, …) gives one";
      }
      if (page.issue().paper() == null || page.issue().paper().isBlank()) {
        return "no paper: the page prints none; name it with --paper, a manifest or the path";
      }
      Optional<String> badName = PaperNames.problem(page.issue().paper());
      if (badName.isPresent()) {
        return badName.get();
      }
      if (page.number() == null) {
        return "no page number: the page prints none, and neither a manifest nor the file name"
            + " ('"
            + file.getFileName()
            + "'; NN.txt, pN.txt, 第N版.txt) gives one";
      }
      if (page.number() < 1) {
        return "page number " + page.number() + " is not a page";
      }
      return null;
    }

    private void done() {
      listener.fileDone(filesDone.incrementAndGet());
    }

    synchronized void reject(Rejection rejection) {
      rejected.add(rejection);
      listener.rejected(rejection);
    }

    synchronized void warn(Warning warning) {
      warned.add(warning);
      listener.warned(warning);
    }

    /**
     * Commits if the interval has passed. A worker that finds another committing goes on rather
     * than wait: that commit, or the next, holds its puts.
     */
    void maybeCommit() {
      if (!commitTurn.tryLock()) {
        return;
      }
      try {
        if (System.nanoTime() - lastCommit >= options.commitInterval().toNanos()) {
          commit();
        }
      } finally {
        commitTurn.unlock();
      }
    }

    void commit() {
      commitTurn.lock();
      groupPuts.writeLock().lock();
      try {
        archive.commit();
        lastCommit = System.nanoTime();
        listener.committed(pages.get());
      } finally {
        groupPuts.writeLock().unlock();
        commitTurn.unlock();
      }
    }

    synchronized IngestReport report() {
      List<Rejection> sorted = new ArrayList<>(rejected);
      sorted.sort(Comparator.comparing(Rejection::file));
      List<Warning> doubts = new ArrayList<>(warned);
      doubts.sort(Comparator.comparing(Warning::file));
      return new IngestReport(
          id,
          issues.size(),
          pages.get(),
          articles.get(),
          skippedFiles.get(),
          skippedPages.get(),
          unread.get(),
          sorted,
          doubts);
    }
  }
}
