package baoku.cli;

import baoku.archive.Archive;
import baoku.archive.ArchiveStats;
import baoku.archive.PaperSummary;
import baoku.page.PageJson;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code baoku stats}: what the archive holds. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Print the papers, date range, issues, pages, articles and size of the archive.")
final class StatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ArchiveLocation archive;

  @Option(names = "--format", defaultValue = "text", description = "text or json.")
  String format;

  @Override
  public Integer call() {
    ArchiveStats stats;
    try (Archive store = archive.openForReading()) {
      stats = store.stats();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      out.println(new PageJson().write(stats, true));
      return 0;
    }
    out.println("archive   " + archive.describe());
    out.println("papers    " + stats.papers().size());
    for (PaperSummary paper : stats.papers()) {
      out.printf(
          Locale.ROOT,
          "  %s  %d issues, %s … %s%n",
          paper.paper(),
          paper.issues(),
          paper.firstIssue(),
          paper.lastIssue());
    }
    out.println(
        "dates     "
            + (stats.firstIssue() == null ? "—" : stats.firstIssue() + " … " + stats.lastIssue()));
    out.println("issues    " + stats.issues());
    out.println("pages     " + stats.pages());
    out.println("articles  " + stats.articles());
    out.println("size      " + size(stats.bytesOnDisk()));
    return 0;
  }

  private static String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }
}
