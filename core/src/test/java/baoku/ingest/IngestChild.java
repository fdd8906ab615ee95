package baoku.ingest;

import baoku.archive.analysis.ChineseAnalyzers;
import baoku.archive.lucene.LuceneArchive;
import baoku.page.PageJson;
import baoku.parse.PageParser;
import baoku.resource.ResourceLoader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * A separate JVM that ingests every {@code .json} page under a folder, one thread, a commit after
 * every issue, printing {@code committed N} after each: the process the killed-run test kills.
 */
public final class IngestChild {
  private IngestChild() {}

  public static void main(String[] args) throws IOException {
    Path archiveDir = Path.of(args[0]);
    List<Path> pages;
    try (Stream<Path> files = Files.walk(Path.of(args[1]))) {
      pages = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PageJson json = new PageJson();
    try (LuceneArchive archive = LuceneArchive.openForWriting(archiveDir, new ChineseAnalyzers())) {
      out.println("opened");
      IngestService service =
          new IngestService(
              new PageFiles(new PageParser(), json),
              new PathLayouts(new ResourceLoader()),
              json,
              archive,
              IngestOptions.defaults().withThreads(1).withCommitInterval(Duration.ZERO));
      service.ingest(
          pages,
          new IngestListener() {
            @Override
            public void committed(long count) {
              out.println("committed " + count);
            }
          });
    }
    out.println("finished");
  }
}
