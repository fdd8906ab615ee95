package baoku.archive;

import java.time.LocalDate;

/** One paper the archive holds: how many issues, from when to when. */
public record PaperSummary(String paper, long issues, LocalDate firstIssue, LocalDate lastIssue) {}
