package baoku.web;

import baoku.archive.Archive;
import baoku.archive.ArchivedIssue;
import baoku.archive.ArchivedPage;
import baoku.archive.ArticleId;
import baoku.archive.IssueId;
import baoku.archive.IssueSummary;
import baoku.archive.PageId;
import baoku.archive.PageSummary;
import baoku.archive.PaperSummary;
import baoku.archive.SearchResult;
import baoku.page.Article;
import baoku.page.Page;
import baoku.people.People;
import baoku.people.PersonProfile;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What the reader's pages and the API show, read from the archive: one method per kind of page.
 * Unknown ids become {@link NotInArchiveException}.
 */
public final class Reader {
  /**
   * How long a snapshot of the archive's listings serves a store that cannot say when it changes.
   */
  static final Duration SNAPSHOT_AGE = Duration.ofSeconds(30);

  private final Archive archive;
  private final People people;
  private final ArchiveSnapshots snapshots;
  private final Trends trends;

  public Reader(Archive archive) {
    this(archive, new ArchiveSnapshots(archive, SNAPSHOT_AGE, System::nanoTime));
  }

  Reader(Archive archive, ArchiveSnapshots snapshots) {
    this.archive = archive;
    this.people = new People(archive);
    this.snapshots = snapshots;
    this.trends = new Trends(archive);
  }

  /**
   * How often {@code q} is printed per year (or per month of {@code year}), in every paper or in
   * {@code paper}.
   */
  public Trend trend(String q, Integer year, String paper) {
    ArchiveSnapshots.Snapshot snapshot = snapshots.current();
    List<PaperSummary> papers =
        paper == null ? snapshot.papers() : List.of(paperNamed(snapshot.papers(), paper));
    return trends.of(q, year, papers, snapshot);
  }

  public People people() {
    return people;
  }

  /** The people list of one role (or all), in the order asked; both parameters may be null. */
  public PeopleListing people(String role, String sort) {
    return PeopleListing.of(people.list(), role, sort);
  }

  public PersonProfile person(String name) {
    return people
        .person(name)
        .orElseThrow(() -> new NotInArchiveException("档案中没有名叫" + name + "的人物"));
  }

  public List<PaperSummary> papers() {
    return snapshots.current().papers();
  }

  /**
   * The front page for {@code paperName} (else the paper with the newest issue), its calendar at
   * {@code month}, else at the last month with issues of {@code year}, else at its newest issue.
   */
  public HomeModel home(String paperName, Integer year, YearMonth month) {
    ArchiveSnapshots.Snapshot snapshot = snapshots.current();
    List<PaperSummary> papers = snapshot.papers();
    if (papers.isEmpty()) {
      if (paperName != null) {
        throw new NotInArchiveException("档案中没有报纸" + paperName);
      }
      return new HomeModel(papers, null, null, null, null, snapshot.holdings());
    }
    PaperSummary paper =
        paperName == null
            ? papers.stream().max(Comparator.comparing(PaperSummary::lastIssue)).orElseThrow()
            : paperNamed(papers, paperName);
    ArchiveSnapshots.Latest latest = snapshot.latest(paper);
    return new HomeModel(
        papers,
        paper,
        latest.issue(),
        latest.front(),
        calendar(snapshot.issues(paper.paper()), paper, year, month, Set.of()),
        snapshot.holdings());
  }

  /** A paper's own page: its run, what it lacks, and its calendar (as {@link #home} takes it). */
  public PaperModel paper(String paperName, Integer year, YearMonth month) {
    ArchiveSnapshots.Snapshot snapshot = snapshots.current();
    PaperSummary paper = paperNamed(snapshot.papers(), paperName);
    PaperGaps gaps = snapshot.gaps(paper.paper());
    return new PaperModel(
        paper,
        snapshot.holdings(paper.paper()),
        snapshot.latest(paper).issue(),
        calendar(snapshot.issues(paper.paper()), paper, year, month, gaps.missingIssues()),
        gaps);
  }

  private static PaperSummary paperNamed(List<PaperSummary> papers, String name) {
    return papers.stream()
        .filter(p -> p.paper().equals(name))
        .findFirst()
        .orElseThrow(() -> new NotInArchiveException("档案中没有报纸" + name));
  }

  private static MonthCalendar calendar(
      ArchiveSnapshots.PaperIssues issues,
      PaperSummary paper,
      Integer yearAsked,
      YearMonth monthAsked,
      Set<LocalDate> missing) {
    NavigableMap<LocalDate, IssueSummary> all = issues.byDate();
    int year =
        monthAsked != null
            ? monthAsked.getYear()
            : yearAsked != null ? yearAsked : paper.lastIssue().getYear();
    NavigableMap<LocalDate, IssueSummary> ofYear =
        all.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true);
    TreeSet<YearMonth> months = new TreeSet<>();
    ofYear.keySet().forEach(date -> months.add(YearMonth.from(date)));
    YearMonth month = monthAsked != null ? monthAsked : months.isEmpty() ? null : months.last();
    Map<LocalDate, IssueSummary> days =
        month == null ? Map.of() : all.subMap(month.atDay(1), true, month.atEndOfMonth(), true);
    Set<LocalDate> missingThisMonth = new TreeSet<>();
    if (month != null) {
      for (LocalDate day : missing) {
        if (YearMonth.from(day).equals(month)) {
          missingThisMonth.add(day);
        }
      }
    }
    return new MonthCalendar(
        paper.paper(), issues.years(), year, months, month, days, missingThisMonth);
  }

  public List<IssueSummary> issues(String paper, LocalDate from, LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadParameterException("日期范围的止日 " + to + " 早于起日 " + from);
    }
    return archive.issues(paper, from, to);
  }

  public ArchivedIssue archivedIssue(IssueId id) {
    return archive.issue(id).orElseThrow(() -> new NotInArchiveException("档案中没有这一期：" + id));
  }

  public ArchivedPage archivedPage(PageId id) {
    return archive.page(id).orElseThrow(() -> new NotInArchiveException("档案中没有这一版：" + id));
  }

  /** The issue with each page's headlines, read from its record (see {@link PageHeadlines#of}). */
  public IssueModel issue(IssueId id) {
    ArchivedIssue issue = archivedIssue(id);
    List<PageHeadlines> pages = new ArrayList<>();
    for (PageSummary summary : issue.pages()) {
      PageHeadlines.of(archive, id.page(summary.number()), summary).ifPresent(pages::add);
    }
    NavigableMap<LocalDate, IssueSummary> issues = snapshots.current().issues(id.paper()).byDate();
    Map.Entry<LocalDate, IssueSummary> before = issues.lowerEntry(id.date());
    Map.Entry<LocalDate, IssueSummary> after = issues.higherEntry(id.date());
    return new IssueModel(
        issue,
        pages,
        before == null ? null : before.getValue().id(),
        after == null ? null : after.getValue().id());
  }

  public PageModel page(PageId id) {
    ArchivedPage page = archivedPage(id);
    return new PageModel(archivedIssue(id.issue()), page);
  }

  public ArticleModel article(ArticleId id) {
    Page page = archivedPage(id.page()).page();
    List<Article> articles = page.articles();
    if (id.ordinal() > articles.size()) {
      throw new NotInArchiveException("档案中没有这篇文章：" + id);
    }
    Article article = articles.get(id.ordinal() - 1);
    int here = id.page().number();
    return new ArticleModel(
        id,
        page.issue(),
        article,
        link(id.page(), articles, id.ordinal() - 1),
        link(id.page(), articles, id.ordinal() + 1),
        jump(
            id.page(),
            article.continuedOn(),
            other -> Integer.valueOf(here).equals(other.continuedFrom())),
        jump(
            id.page(),
            article.continuedFrom(),
            other -> Integer.valueOf(here).equals(other.continuedOn())));
  }

  private static ArticleLink link(PageId page, List<Article> articles, int ordinal) {
    if (ordinal < 1 || ordinal > articles.size()) {
      return null;
    }
    return new ArticleLink(page.article(ordinal), articles.get(ordinal - 1).title());
  }

  /** The jump to page {@code number}, with the part of the article there that answers it. */
  private Jump jump(PageId from, Integer number, Predicate<Article> answers) {
    if (number == null || number < 1) {
      return null;
    }
    PageId target = from.issue().page(number);
    if (target.equals(from)) {
      return null;
    }
    return archive
        .page(target)
        .map(
            page -> {
              List<Article> articles = page.page().articles();
              for (int i = 0; i < articles.size(); i++) {
                if (answers.test(articles.get(i))) {
                  return new Jump(target, true, target.article(i + 1));
                }
              }
              return new Jump(target, true, null);
            })
        .orElse(new Jump(target, false, null));
  }

  public SearchModel search(SearchQuery query) {
    SearchResult result =
        query
            .toRequest()
            .map(archive::search)
            .orElseGet(() -> new SearchResult(0, List.of(), Map.of()));
    return new SearchModel(query, result);
  }
}
