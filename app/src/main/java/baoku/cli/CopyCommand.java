package baoku.cli;

import baoku.archive.Archive;
import baoku.archive.ArchiveException;
import baoku.archive.Archives;
import baoku.archive.copy.ArchiveCopy;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code baoku copy --from ARCHIVE --to ARCHIVE}: moves an archive between stores. */
@Command(
    name = "copy",
    mixinStandardHelpOptions = true,
    description = {
      "Copy every issue of one archive into another: folder to cluster, cluster to folder, or",
      "between clusters. Issues the target already holds unchanged are skipped, so a stopped",
      "copy resumes when run again, and a second run changes nothing."
    })
final class CopyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "ARCHIVE",
      description = "The archive to read: a folder or http(s)://HOST:PORT[/NAME].")
  String from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "ARCHIVE",
      description = "The archive to write, created if need be.")
  String to;

  @Option(
      names = "--commit-every",
      paramLabel = "SECONDS",
      defaultValue = "5",
      description = "Longest time between commits of the target (default: 5).")
  double commitEvery;

  @Override
  public Integer call() {
    Archives archives = Archives.installed();
    if (archives.describe(from).equals(archives.describe(to))) {
      throw new ArchiveException("--from and --to name the same archive: " + archives.describe(to));
    }
    ArchiveCopy.Report report;
    try (Archive source = archives.openForReading(from);
        Archive target = archives.openForWriting(to);
        CopyProgress progress =
            new CopyProgress(spec.commandLine().getErr(), Terminal.isInteractive())) {
      report =
          new ArchiveCopy(source, target, Duration.ofMillis(Math.round(commitEvery * 1000)))
              .run(progress);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "copied %d issues (%d pages, %d articles) from %s to %s; %d already there%n",
        report.copied(),
        report.pages(),
        report.articles(),
        archives.describe(from),
        archives.describe(to),
        report.skipped());
    return 0;
  }
}
