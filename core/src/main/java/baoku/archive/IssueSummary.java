package baoku.archive;

/** An issue as a calendar or a list shows it. */
public record IssueSummary(IssueId id, int pageCount, int articleCount) {}
