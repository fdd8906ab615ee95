package baoku.web;

import baoku.archive.ArchivedIssue;
import baoku.archive.PaperSummary;

/**
 * One paper's page: what it holds, its newest issue (whose masthead names the publisher; {@code
 * null} if unreadable), its calendar with the days it lacks, and the gaps in its run.
 */
public record PaperModel(
    PaperSummary paper,
    Holdings holdings,
    ArchivedIssue latest,
    MonthCalendar calendar,
    PaperGaps gaps) {}
