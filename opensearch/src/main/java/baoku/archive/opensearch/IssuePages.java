package baoku.archive.opensearch;

import baoku.archive.ArchivedIssue;
import baoku.archive.IssueId;
import baoku.archive.PageSummary;
import baoku.page.Article;
import baoku.page.Issue;
import baoku.page.Page;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The rules of a put, the same as the embedded store's: which pages an issue takes, and how. */
final class IssuePages {
  private IssuePages() {}

  /** The page with its issue's paper and date filled in, or an error if it names another issue. */
  static Page belongingTo(IssueId issue, Page page) {
    if (page.number() == null) {
      throw new IllegalArgumentException(page.source() + ": page has no number");
    }
    Issue printed = page.issue() == null ? Issue.empty() : page.issue();
    if (printed.paper() != null && !printed.paper().equals(issue.paper())
        || printed.date() != null && !printed.date().equals(issue.date())) {
      throw new IllegalArgumentException(
          page.source() + ": page of " + printed.paper() + " " + printed.date() + ", not " + issue);
    }
    return page.withIssue(printed.withPaper(issue.paper()).withDate(issue.date()));
  }

  /** The issue record after a put: new pages replace those of the same number, others stay. */
  static ArchivedIssue merge(IssueId id, ArchivedIssue held, List<Page> pages) {
    Issue issue = held == null ? Issue.empty() : held.issue();
    Map<Integer, PageSummary> byNumber = new TreeMap<>();
    if (held != null) {
      held.pages().forEach(summary -> byNumber.put(summary.number(), summary));
    }
    for (Page page : pages) {
      issue = page.issue().orElse(issue);
      String lead =
          page.articles().stream()
              .map(Article::title)
              .filter(Objects::nonNull)
              .findFirst()
              .orElse(null);
      byNumber.put(page.number(), new PageSummary(page.number(), page.articles().size(), lead));
    }
    return new ArchivedIssue(id, issue, List.copyOf(byNumber.values()));
  }
}
