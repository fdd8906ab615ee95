package baoku.cli;

import baoku.archive.Archive;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code baoku serve}: the web reader and JSON API over an archive. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the archive to a browser: calendar, issues, pages, articles and search, with a JSON"
          + " API under /api/v1 (described at /api/v1/openapi.json).",
      "Read only; it follows what a running ingest commits."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ArchiveLocation archive;
  @Mixin ServerOptions server;

  @Override
  public Integer call() {
    Archive store = archive.openForReading();
    try {
      return Serving.serve(store, archive.scans(), server, spec.commandLine().getOut());
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }
}
