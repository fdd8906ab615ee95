package baoku.archive;

import baoku.page.Issue;
import java.util.List;

/** One issue: what its mastheads say, and its pages in page order. */
public record ArchivedIssue(IssueId id, Issue issue, List<PageSummary> pages) {
  public ArchivedIssue {
    pages = List.copyOf(pages);
  }

  public int articleCount() {
    return pages.stream().mapToInt(PageSummary::articleCount).sum();
  }
}
