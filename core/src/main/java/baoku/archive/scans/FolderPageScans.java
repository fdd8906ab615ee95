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
  public void remove(PageId id) {
    Path folder = folder(id);
    try {
      for (ScanFile file : ScanFile.values()) {
        Files.deleteIfExists(folder.resolve(name(id, file)));
      }
      // An issue's folder goes with its last page; a paper's with its last issue.
      deleteIfEmpty(folder);
      deleteIfEmpty(folder.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove page image of " + id, e);
    }
  }

  private static void deleteIfEmpty(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (var entries = Files.list(folder)) {
      if (entries.findAny().isEmpty()) {
        Files.deleteIfExists(folder);
      }
    } catch (java.nio.file.DirectoryNotEmptyException e) {
      // Another page was put there meanwhile.
    }
  }

  /**
   * Copies every stored file to {@code target}, as laid out here; files being written (not yet
   * moved in) are left, so a copy taken while pages are put holds only whole files.
   */
  public void copyTo(Path target) {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (var files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(file) && !file.getFileName().toString().startsWith(".incoming-")) {
          Path copy = target.resolve(root.relativize(file).toString());
          Files.createDirectories(copy.getParent());
          Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy page images to " + target, e);
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
