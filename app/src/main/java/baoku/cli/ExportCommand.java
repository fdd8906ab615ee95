package baoku.cli;

import baoku.archive.Archive;
import baoku.archive.ArchivedArticle;
import baoku.archive.export.ArticleWriter;
import baoku.archive.export.ExportFormat;
import baoku.page.PageJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code baoku export --format jsonl|csv}: streams articles for researchers. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Write the archive's articles, by paper, date, page and reading order.")
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ArchiveLocation archive;
  @Mixin FilterOptions filters;

  @Option(
      names = "--format",
      required = true,
      description = "jsonl (one JSON object a line) or csv (UTF-8, with a header).")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here, not stdout.")
  Path output;

  enum Format {
    jsonl,
    csv
  }

  @Override
  public Integer call() throws IOException {
    ExportFormat exportFormat = format == Format.csv ? ExportFormat.CSV : ExportFormat.JSONL;
    long count;
    try (Archive store = archive.openForReading();
        Stream<ArchivedArticle> articles = store.export(filters.filter());
        Writer out = open()) {
      count = new ArticleWriter(new PageJson()).write(articles, exportFormat, out);
    }
    spec.commandLine().getErr().println("exported " + count + " articles");
    return 0;
  }

  private Writer open() throws IOException {
    if (output != null) {
      return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    }
    // Not closed with the export: closing would close the process's stdout.
    return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
