package baoku.web;

import baoku.archive.ArchivedIssue;
import baoku.archive.IssueId;
import java.util.List;

/**
 * An issue with the headlines of every page it holds, and the paper's issues before and after it
 * (or null).
 */
public record IssueModel(
    ArchivedIssue issue, List<PageHeadlines> pages, IssueId previous, IssueId next) {
  public IssueModel {
    pages = List.copyOf(pages);
  }
}
