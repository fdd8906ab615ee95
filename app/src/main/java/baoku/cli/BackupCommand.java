package baoku.cli;

import baoku.archive.analysis.ChineseAnalyzers;
import baoku.archive.lucene.BackupSummary;
import baoku.archive.lucene.LuceneArchive;
import baoku.archive.scans.FolderPageScans;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code baoku backup --to DIR}: copies the archive's last commit while it is served or written.
 */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "Copy a folder archive's last commit, with its page images, to a new folder; the archive"
          + " may be served and written meanwhile. baoku restore makes an archive of it again."
    })
final class BackupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ArchiveLocation archive;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "DIR",
      description = "The backup folder: new, or empty.")
  Path to;

  @Override
  public Integer call() {
    Path root = archive.folder();
    BackupSummary summary;
    // Opened to read, the backup never holds the write lock: an ingest may start meanwhile.
    try (LuceneArchive store = LuceneArchive.openForReading(root, new ChineseAnalyzers())) {
      summary = store.backup(to);
    }
    new FolderPageScans(root.resolve(ArchiveLocation.SCANS))
        .copyTo(to.resolve(ArchiveLocation.SCANS));
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "backed up %s (commit %d: %d files, %.1f MB) to %s%n",
            root,
            summary.generation(),
            summary.files(),
            summary.bytes() / (1024.0 * 1024),
            to);
    return 0;
  }
}
