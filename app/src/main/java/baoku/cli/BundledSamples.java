package baoku.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The repository's {@code samples/} pages, packed into the jar at {@code baoku/demo/} by the build,
 * copied out to a folder so that ingest reads them as any other PAPER/YYYY-MM-DD/NN.txt tree.
 */
final class BundledSamples {
  private static final String ROOT = "/baoku/demo";

  private BundledSamples() {}

  static Path extract(Path target) throws IOException {
    URL root = BundledSamples.class.getResource(ROOT);
    if (root == null) {
      throw new IllegalStateException("this build bundles no sample pages (" + ROOT + ")");
    }
    URI uri;
    try {
      uri = root.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (uri.getScheme().equals("jar")) {
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        copy(jar.getPath(ROOT), target);
      }
    } else {
      copy(Path.of(uri), target);
    }
    return target;
  }

  private static void copy(Path from, Path to) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    for (Path file : files) {
      Path dest = to.resolve(from.relativize(file).toString());
      Files.createDirectories(dest.getParent());
      Files.copy(file, dest);
    }
  }
}
