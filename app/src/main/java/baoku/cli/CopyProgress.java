package baoku.cli;

import baoku.archive.copy.ArchiveCopy;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Shows a copy: a progress bar of issues on a terminal, otherwise a line every few seconds. */
final class CopyProgress implements ArchiveCopy.Listener, AutoCloseable {
  private static final long LINE_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

  private final PrintWriter err;
  private final boolean bar;
  private ProgressBar progressBar;
  private long total;
  private long skipped;
  private long lastLine;

  CopyProgress(PrintWriter err, boolean bar) {
    this.err = err;
    this.bar = bar;
  }

  @Override
  public void started(long issues) {
    total = issues;
    lastLine = System.nanoTime();
    if (bar) {
      progressBar =
          new ProgressBarBuilder()
              .setTaskName("copy")
              .setInitialMax(issues)
              .setUnit(" issues", 1)
              .showSpeed()
              .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
              .build();
    } else {
      err.println("copy: " + issues + " issues to copy");
    }
  }

  @Override
  public void issueDone(long done, boolean copied) {
    if (!copied) {
      skipped++;
    }
    if (progressBar != null) {
      progressBar.stepTo(done);
      progressBar.setExtraMessage(skipped > 0 ? skipped + " already there" : "");
      return;
    }
    long now = System.nanoTime();
    if (now - lastLine >= LINE_EVERY_NANOS || done == total) {
      lastLine = now;
      err.printf(
          Locale.ROOT,
          "copy: %d/%d issues (%d%%), %d already there%n",
          done,
          total,
          total == 0 ? 100 : done * 100 / total,
          skipped);
    }
  }

  @Override
  public void close() {
    if (progressBar != null) {
      progressBar.close();
    }
  }
}
