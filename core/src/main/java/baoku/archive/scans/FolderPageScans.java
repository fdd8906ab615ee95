package baoku.archive.scans;

import baoku.archive.PageId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * Page scans as files: {@code ROOT/PAPER/DATE/NN.png}, {@code NN-thumb.png}, {@code NN.pdf}. Each
 * file is written beside its place and moved in, so a reader never sees half a file.
 */
public final class FolderPageScans implements PageScans {
  private final Path root;

  public FolderPageScans(Path root) {
    this.root = root;
  }

  @Override
  public void put(PageId id, PageScan scan) {
    Path folder = folder(id);
    try {
      Files.createDirectories(folder);
      for (ScanFile file : ScanFile.values()) {
        Path target = folder.resolve(name(id, file));
        if (scan.bytes(file) == null) {
          Files.deleteIfExists(target); // a scanned image has no PDF of its own
          continue;
        }
        Path temp = Files.createTempFile(folder, ".incoming-", ".tmp");
        try {
          Files.write(temp, scan.bytes(file));
          move(temp, target);
        } finally {
          Files.deleteIfExists(temp);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store page image of " + id, e);
    }
  }

  @Override
  public Optional<Path> file(PageId id, ScanFile file) {
    Path path = folder(id).resolve(name(id, file));
    return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
  }

  private Path folder(PageId id) {
    return root.resolve(segment(id.issue().paper())).resolve(id.issue().date().toString());
  }

  private static String name(PageId id, ScanFile file) {
    return String.format(Locale.ROOT, "%02d", id.number()) + file.suffix();
  }

  /**
   * A paper's name as one path segment, readable where it can be: separators, characters some file
   * systems refuse and a leading dot (".", "..") are percent-encoded.
   */
  static String segment(String paper) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < paper.length(); i++) {
      char c = paper.charAt(i);
      boolean unsafe = c < 0x20 || "%/\\:*?\"<>|".indexOf(c) >= 0 || c == '.' && i == 0;
      // Every unsafe character is ASCII, so one byte each.
      out.append(unsafe ? String.format(Locale.ROOT, "%%%02X", (int) c) : String.valueOf(c));
    }
    return out.toString();
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
