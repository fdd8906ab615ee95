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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What the reader's pages and the API show, read from the archive: one method per kind of page.
 * Unknown ids become {@link NotInArchiveException}.
 */
public final class Reader {
  /**
   * How far to look for the issue before or after one, widening only where nothing is found: a
   * listing reads every issue in its range, and the paper's whole run can be long.
   */
  private static final int[] NEIGHBOUR_DAYS = {7, 62, 730};

  private final Archive archive;

  public Reader(Archive archive) {
    this.archive = archive;
  }

  public List<PaperSummary> papers() {
    return archive.papers();
  }

  /**
   * The front page for {@code paperName} (else the paper with the newest issue), its calendar at
   * {@code month}, else at the last month with issues of {@code year}, else at its newest issue.
   */
  public HomeModel home(String paperName, Integer year, YearMonth month) {
    List<PaperSummary> papers = archive.papers();
    if (papers.isEmpty()) {
      if (paperName != null) {
        throw new NotInArchiveException("the archive holds no paper " + paperName);
      }
      return new HomeModel(papers, null, null, null, null);
    }
    PaperSummary paper =
        paperName == null
            ? papers.stream().max(Comparator.comparing(PaperSummary::lastIssue)).orElseThrow()
            : papers.stream()
                .filter(p -> p.paper().equals(paperName))
                .findFirst()
                .orElseThrow(
                    () -> new NotInArchiveException("the archive holds no paper " + paperName));
    ArchivedIssue latest =
        archive.issue(new IssueId(paper.paper(), paper.lastIssue())).orElse(null);
    ArchivedPage front =
        latest == null || latest.pages().isEmpty()
            ? null
            : archive.page(latest.id().page(latest.pages().getFirst().number())).orElse(null);
    return new HomeModel(papers, paper, latest, front, calendar(paper, year, month));
  }

  private MonthCalendar calendar(PaperSummary paper, Integer yearAsked, YearMonth monthAsked) {
    int year =
        monthAsked != null
            ? monthAsked.getYear()
            : yearAsked != null ? yearAsked : paper.lastIssue().getYear();
    List<IssueSummary> ofYear =
        archive.issues(paper.paper(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    TreeSet<YearMonth> months = new TreeSet<>();
    ofYear.forEach(issue -> months.add(YearMonth.from(issue.id().date())));
    YearMonth month = monthAsked != null ? monthAsked : months.isEmpty() ? null : months.last();
    Map<LocalDate, IssueSummary> days = new LinkedHashMap<>();
    for (IssueSummary issue : ofYear) {
      if (YearMonth.from(issue.id().date()).equals(month)) {
        days.put(issue.id().date(), issue);
      }
    }
    List<Integer> years = new ArrayList<>();
    for (int y = paper.lastIssue().getYear(); y >= paper.firstIssue().getYear(); y--) {
      years.add(y);
    }
    return new MonthCalendar(paper.paper(), years, year, months, month, days);
  }

  public List<IssueSummary> issues(String paper, LocalDate from, LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadParameterException(
          "the range ends (" + to + ") before it starts (" + from + ")");
    }
    return archive.issues(paper, from, to);
  }

  public ArchivedIssue archivedIssue(IssueId id) {
    return archive
        .issue(id)
        .orElseThrow(() -> new NotInArchiveException("the archive holds no issue " + id));
  }

  public ArchivedPage archivedPage(PageId id) {
    return archive
        .page(id)
        .orElseThrow(() -> new NotInArchiveException("the archive holds no page " + id));
  }

  public IssueModel issue(IssueId id) {
    ArchivedIssue issue = archivedIssue(id);
    List<ArchivedPage> pages = new ArrayList<>();
    for (PageSummary summary : issue.pages()) {
      archive.page(id.page(summary.number())).ifPresent(pages::add);
    }
    return new IssueModel(issue, pages, neighbour(id, -1), neighbour(id, +1));
  }

  /** The paper's nearest issue before ({@code direction} -1) or after (+1) {@code id}. */
  private IssueId neighbour(IssueId id, int direction) {
    LocalDate next = id.date().plusDays(direction);
    for (int i = 0; i <= NEIGHBOUR_DAYS.length; i++) {
      // The last round looks without a bound.
      LocalDate far =
          i < NEIGHBOUR_DAYS.length
              ? id.date().plusDays((long) direction * NEIGHBOUR_DAYS[i])
              : null;
      List<IssueSummary> found =
          direction < 0
              ? archive.issues(id.paper(), far, next)
              : archive.issues(id.paper(), next, far);
      if (!found.isEmpty()) {
        return (direction < 0 ? found.getLast() : found.getFirst()).id();
      }
    }
    return null;
  }

  public PageModel page(PageId id) {
    ArchivedPage page = archivedPage(id);
    return new PageModel(archivedIssue(id.issue()), page);
  }

  public ArticleModel article(ArticleId id) {
    Page page = archivedPage(id.page()).page();
    List<Article> articles = page.articles();
    if (id.ordinal() > articles.size()) {
      throw new NotInArchiveException("the archive holds no article " + id);
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
