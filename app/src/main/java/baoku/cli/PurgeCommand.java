package baoku.cli;

import baoku.archive.Archive;
import baoku.archive.PageId;
import baoku.archive.PurgeReport;
import baoku.archive.PurgeSelection;
import baoku.archive.scans.PageScans;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code baoku purge}: removes a paper, a date range or one ingest run from the archive. */
@Command(
    name = "purge",
    mixinStandardHelpOptions = true,
    description = {
      "Remove from the archive, in one step that readers see whole, the pages of a paper, of a"
          + " date range (within a paper, if --paper is given too) or of one ingest run (its id is"
          + " in ingest's summary), with their articles, people and page images.",
      "Issues left without pages go; issues that keep some list only those. The purge is"
          + " recorded in the archive's log."
    })
final class PurgeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ArchiveLocation archive;

  @Option(names = "--paper", paramLabel = "NAME", description = "The paper's pages.")
  String paper;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Issues on or after this day.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Issues on or before this day.")
  LocalDate to;

  @Option(
      names = "--run",
      paramLabel = "ID",
      description = "The pages this ingest run put that no later run replaced.")
  String run;

  @Override
  public Integer call() {
    PurgeSelection selection = new PurgeSelection(paper, from, to, run);
    // Opening to write would make an archive where there is none: a mistyped --archive says so.
    archive.openForReading().close();
    PurgeReport report;
    try (Archive store = archive.openForWriting()) {
      report = store.purge(selection);
    }
    // Images go after the commit: a purge that fails leaves every page with its image.
    PageScans scans = archive.scans();
    for (PageId page : report.pages()) {
      scans.remove(page);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "purged %s from %s: %d pages, %d articles; %d issues removed, %d kept other pages%n",
        selection.describe(),
        archive.describe(),
        report.pages().size(),
        report.articles(),
        report.issuesRemoved(),
        report.issuesShrunk());
    return 0;
  }
}
