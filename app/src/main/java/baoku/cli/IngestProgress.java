package baoku.cli;

import baoku.ingest.IngestListener;
import baoku.ingest.Rejection;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows an ingest run: a progress bar (pages, pages/s, ETA) on a terminal, otherwise a plain line
 * every few seconds. Rejections are printed in the summary, not here.
 */
final class IngestProgress implements IngestListener, AutoCloseable {
  private static final long LINE_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

  private final PrintWriter err;
  private final boolean bar;
  private ProgressBar progressBar;
  private int total;
  private long started;
  private long lastLine;

  IngestProgress(PrintWriter err, boolean bar) {
    this.err = err;
    this.bar = bar;
  }

  @Override
  public synchronized void started(int files) {
    total = files;
    started = System.nanoTime();
    lastLine = started;
    if (bar) {
      progressBar =
          new ProgressBarBuilder()
              .setTaskName("ingest")
              .setInitialMax(files)
              .setUnit(" pages", 1)
              .showSpeed()
              .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
              .build();
    } else {
      err.println("ingest: " + files + " files to read");
    }
  }

  @Override
  public synchronized void fileDone(int done) {
    if (progressBar != null) {
      progressBar.stepTo(done);
      return;
    }
    long now = System.nanoTime();
    if (now - lastLine >= LINE_EVERY_NANOS || done == total) {
      lastLine = now;
      double seconds = Math.max(1e-9, (now - started) / 1e9);
      double rate = done / seconds;
      long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
      err.printf(
          Locale.ROOT,
          "ingest: %d/%d pages (%d%%), %.0f pages/s, ETA %d:%02d%n",
          done,
          total,
          total == 0 ? 100 : done * 100 / total,
          rate,
          eta / 60,
          eta % 60);
    }
  }

  @Override
  public void rejected(Rejection rejection) {}

  @Override
  public synchronized void close() {
    if (progressBar != null) {
      progressBar.close();
    }
  }
}
