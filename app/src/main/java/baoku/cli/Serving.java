package baoku.cli;

import baoku.archive.Archive;
import baoku.archive.scans.PageScans;
import baoku.web.ReaderServer;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;

/** Runs the reader until the process is stopped (Ctrl-C), then closes server and archive. */
final class Serving {
  private Serving() {}

  static int serve(Archive archive, ServerOptions options, PrintWriter out) {
    return serve(archive, PageScans.none(), options, out);
  }

  static int serve(Archive archive, PageScans scans, ServerOptions options, PrintWriter out) {
    ReaderServer server = ReaderServer.start(archive, scans, options.settings());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.close();
                  } finally {
                    archive.close();
                    stopped.countDown();
                  }
                }));
    out.println("baoku: serving at " + server.url() + " (Ctrl-C stops)");
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
