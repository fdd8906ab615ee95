package baoku.corpus;

import baoku.resource.ResourceLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;

/**
 * Re-creates the article corpus from a clone of the crawl's repository: each month of {@code
 * corpus/crawl-months.txt} is read from git as its 7z archive and unpacked. The held-out months are
 * never written.
 */
public final class CrawlExtractor {
  /** A month of the crawl and the git blob of its archive. */
  record Month(String month, String blob) {}

  private final List<Month> months = new ArrayList<>();
  private final CorpusSplits splits;

  public CrawlExtractor(ResourceLoader loader, CorpusSplits splits) {
    this.splits = splits;
    for (String entry : loader.entries("corpus/crawl-months.txt")) {
      String[] parts = entry.split("\\s+");
      months.add(new Month(parts[0], parts[1]));
    }
  }

  /** Unpacks every month into {@code out}; returns the number of article files written. */
  public int extract(Path gitDir, Path out, Consumer<String> log)
      throws IOException, InterruptedException {
    int files = 0;
    for (Month month : months) {
      if (splits.isHeldOut(month.month())) {
        continue;
      }
      Path archive = Files.createTempFile("crawl-" + month.month(), ".7z");
      try {
        catBlob(gitDir, month.blob(), archive);
        int n = unpack(archive, out);
        log.accept(month.month() + ": " + n + " files (" + splits.of(month.month()) + ")");
        files += n;
      } finally {
        Files.deleteIfExists(archive);
      }
    }
    return files;
  }

  private static void catBlob(Path gitDir, String blob, Path to)
      throws IOException, InterruptedException {
    Process git =
        new ProcessBuilder("git", "--git-dir=" + gitDir, "cat-file", "blob", blob)
            .redirectOutput(to.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    if (git.waitFor() != 0) {
      throw new IOException("git cannot read blob " + blob + " from " + gitDir);
    }
  }

  private static int unpack(Path archive, Path out) throws IOException {
    Path root = out.toAbsolutePath().normalize();
    int n = 0;
    try (SevenZFile zip = SevenZFile.builder().setPath(archive).get()) {
      SevenZArchiveEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        Path target = root.resolve(entry.getName()).normalize();
        if (!target.startsWith(root)) {
          throw new IOException("archive entry outside the corpus folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = zip.getInputStream(entry);
            OutputStream o = Files.newOutputStream(target)) {
          in.transferTo(o);
        }
        n++;
      }
    }
    return n;
  }
}
