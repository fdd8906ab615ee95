package baoku.cli;

import baoku.archive.ArchiveStats;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code baoku restore DIR --archive NEW}: makes an archive of a backup, checking every file. */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Make a new folder archive of a backup (baoku backup), checking every file's checksum;"
          + " the archive folder must hold no archive yet."
    })
final class RestoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ArchiveLocation archive;

  @Parameters(paramLabel = "DIR", description = "The backup folder.")
  Path backup;

  @Override
  public Integer call() {
    Path root = archive.folder();
    BackupSummary summary = LuceneArchive.restore(backup, root);
    new FolderPageScans(backup.resolve(ArchiveLocation.SCANS))
        .copyTo(root.resolve(ArchiveLocation.SCANS));
    ArchiveStats stats;
    try (LuceneArchive restored = LuceneArchive.openForReading(root, new ChineseAnalyzers())) {
      stats = restored.stats();
    }
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "restored %d issues, %d pages, %d articles (commit %d) from %s into %s%n",
            stats.issues(),
            stats.pages(),
            stats.articles(),
            summary.generation(),
            backup,
            root);
    return 0;
  }
}
