package baoku.archive.contract;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.Archive;
import baoku.archive.ArchivedIssue;
import baoku.archive.IssueId;
import baoku.archive.PageId;
import baoku.archive.PageOrigin;
import baoku.archive.PageSummary;
import baoku.archive.PaperSummary;
import baoku.archive.PurgeReport;
import baoku.archive.PurgeSelection;
import baoku.archive.SearchRequest;
import baoku.page.Page;
import baoku.testing.SamplePages;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store must do to remove pages: a paper, a date range, what one run put, and an issue
 * replaced whole; each with its articles and people, and each seen whole by readers. The archive
 * holds the two sample issues (run {@code samples}) and the two pages of {@link NamedPages} (run
 * {@code named}).
 */
public abstract class PurgeContract {
  private static final LocalDate DAY_2022 = LocalDate.of(2022, 7, 23);
  private static final LocalDate DAY_2024 = LocalDate.of(2024, 9, 16);
  private static final IssueId ISSUE_2022 = new IssueId(SamplePages.PAPER, DAY_2022);
  private static final IssueId ISSUE_2024 = new IssueId(SamplePages.PAPER, DAY_2024);

  protected Archive archive;

  /** A new, empty archive open for writing; each call gives another one. */
  protected abstract Archive createArchive();

  /** A second handle, for reading, on the archive {@link #createArchive} last made. */
  protected abstract Archive openReader();

  @BeforeEach
  void openWithPages() {
    archive = createArchive();
    for (Page page : new SamplePages().both()) {
      put(new IssueId(page.issue().paper(), page.issue().date()), page, "samples");
    }
    List<Page> named = NamedPages.pages();
    archive.put(
        NamedPages.ISSUE,
        named,
        List.of(new PageOrigin("named", "named-1"), new PageOrigin("named", "named-2")));
    archive.commit();
  }

  @AfterEach
  void closeArchive() {
    archive.close();
  }

  private void put(IssueId issue, Page page, String run) {
    archive.put(issue, List.of(page), List.of(new PageOrigin(run, run + "/" + issue.date())));
  }

  private static Page numbered(Page page, int number) {
    return new Page(
        page.source(),
        page.issue(),
        number,
        page.masthead(),
        page.otherBlocks(),
        page.articles(),
        page.people());
  }

  private long hits(String query) {
    return archive.search(SearchRequest.of(query)).totalHits();
  }

  @Test
  void purgingAPaperRemovesItsIssuesPagesArticlesAndPeople() {
    long articlesBefore = archive.stats().articles();
    PurgeReport report = archive.purge(PurgeSelection.paper(NamedPages.ISSUE.paper()));

    assertThat(report.pages())
        .containsExactlyInAnyOrder(NamedPages.ISSUE.page(1), NamedPages.ISSUE.page(2));
    assertThat(report.issuesRemoved()).isEqualTo(1);
    assertThat(report.issuesShrunk()).isZero();
    assertThat(archive.papers()).extracting(PaperSummary::paper).containsExactly(SamplePages.PAPER);
    assertThat(archive.issue(NamedPages.ISSUE)).isEmpty();
    assertThat(archive.page(NamedPages.ISSUE.page(1))).isEmpty();
    assertThat(archive.article(NamedPages.ISSUE.page(1).article(1))).isEmpty();
    assertThat(archive.people().sightings("马波")).isEmpty();
    assertThat(archive.stats().pages()).isEqualTo(2);
    assertThat(archive.stats().articles()).isEqualTo(articlesBefore - report.articles());
    assertThat(hits("颗粒硅")).isPositive();
    try (Archive reader = openReader()) {
      assertThat(reader.issue(NamedPages.ISSUE)).isEmpty();
      assertThat(reader.issue(ISSUE_2024)).isPresent();
    }
  }

  @Test
  void purgingADateRangeRemovesTheIssuesInItOfTheNamedPaperOnly() {
    Page other = new SamplePages().page(SamplePages.PAGE_2024);
    IssueId otherIssue = new IssueId("眉山日报", DAY_2024);
    put(otherIssue, other.withIssue(other.issue().withPaper("眉山日报")), "other");
    archive.commit();

    PurgeReport report =
        archive.purge(
            new PurgeSelection(
                SamplePages.PAPER, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null));

    assertThat(report.pages()).containsExactly(ISSUE_2024.page(1));
    assertThat(report.issuesRemoved()).isEqualTo(1);
    assertThat(archive.issue(ISSUE_2024)).isEmpty();
    assertThat(archive.issue(ISSUE_2022)).isPresent();
    assertThat(archive.issue(otherIssue)).isPresent();
    assertThat(archive.issue(NamedPages.ISSUE)).isPresent();
    assertThat(archive.issues(SamplePages.PAPER, null, null)).hasSize(1);

    PurgeReport all = archive.purge(PurgeSelection.dates(null, LocalDate.of(2023, 12, 31)));
    assertThat(all.pages())
        .containsExactlyInAnyOrder(
            ISSUE_2022.page(1), NamedPages.ISSUE.page(1), NamedPages.ISSUE.page(2));
    assertThat(archive.papers()).extracting(PaperSummary::paper).containsExactly("眉山日报");
  }

  @Test
  void purgingARunRemovesWhatItStillHoldsAndKeepsTheRestOfItsIssues() {
    Page page = new SamplePages().page(SamplePages.PAGE_2024);
    put(ISSUE_2024, numbered(page, 2), "later");
    // A later run replaces the 2022 page: it is no longer the first run's to remove.
    put(ISSUE_2022, new SamplePages().page(SamplePages.PAGE_2022), "later");
    archive.commit();

    PurgeReport report = archive.purge(PurgeSelection.run("samples"));

    assertThat(report.pages()).containsExactly(ISSUE_2024.page(1));
    assertThat(report.issuesRemoved()).isZero();
    assertThat(report.issuesShrunk()).isEqualTo(1);
    ArchivedIssue left = archive.issue(ISSUE_2024).orElseThrow();
    assertThat(left.pages()).extracting(PageSummary::number).containsExactly(2);
    assertThat(archive.page(ISSUE_2024.page(1))).isEmpty();
    assertThat(archive.page(ISSUE_2024.page(2))).isPresent();
    assertThat(archive.issue(ISSUE_2022)).isPresent();
    assertThat(archive.stats().pages()).isEqualTo(4);

    PurgeReport later = archive.purge(PurgeSelection.run("later"));
    assertThat(later.pages()).containsExactlyInAnyOrder(ISSUE_2024.page(2), ISSUE_2022.page(1));
    assertThat(later.issuesRemoved()).isEqualTo(2);
    assertThat(archive.papers()).extracting(PaperSummary::paper).containsExactly("测试日报");
    assertThat(archive.purge(PurgeSelection.run("no such run")).pages()).isEmpty();
  }

  @Test
  void aPurgeRemovesWhatWasPutButNotYetCommitted() {
    put(ISSUE_2024, numbered(new SamplePages().page(SamplePages.PAGE_2024), 3), "pending");

    PurgeReport report = archive.purge(PurgeSelection.run("pending"));

    assertThat(report.pages()).containsExactly(ISSUE_2024.page(3));
    assertThat(archive.issue(ISSUE_2024).orElseThrow().pages())
        .extracting(PageSummary::number)
        .containsExactly(1);
  }

  @Test
  void replacingAnIssueKeepsOnlyThePagesOfTheReplacement() {
    List<Page> named = NamedPages.pages();
    Page first = named.get(0).withPeople(List.of());
    List<PageId> dropped =
        archive.replace(NamedPages.ISSUE, List.of(first), List.of(new PageOrigin("again", "x")));
    archive.commit();

    assertThat(dropped).containsExactly(NamedPages.ISSUE.page(2));
    assertThat(archive.issue(NamedPages.ISSUE).orElseThrow().pages())
        .extracting(PageSummary::number)
        .containsExactly(1);
    assertThat(archive.page(NamedPages.ISSUE.page(2))).isEmpty();
    assertThat(archive.article(NamedPages.ISSUE.page(2).article(1))).isEmpty();
    assertThat(archive.people().sightings("马波")).isEmpty();
    assertThat(archive.issue(ISSUE_2024)).isPresent();
    assertThat(archive.stats().pages()).isEqualTo(3);
  }

  @Test
  void countsTheCommittedPagesOfASource() {
    assertThat(archive.pagesFrom("named-1")).isEqualTo(1);
    assertThat(archive.pagesFrom("samples/" + DAY_2022)).isEqualTo(1);
    assertThat(archive.pagesFrom("unknown")).isZero();

    put(ISSUE_2024, numbered(new SamplePages().page(SamplePages.PAGE_2024), 2), "fresh");
    assertThat(archive.pagesFrom("fresh/" + DAY_2024)).isZero();
    archive.commit();
    assertThat(archive.pagesFrom("fresh/" + DAY_2024)).isEqualTo(1);
  }
}
