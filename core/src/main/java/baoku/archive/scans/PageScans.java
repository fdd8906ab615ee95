package baoku.archive.scans;

import baoku.archive.PageId;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The images and PDFs of pages that came as PDFs, kept beside the archive rather than in it, so any
 * archive implementation can share them.
 */
public interface PageScans {
  /** Stores {@code scan} for page {@code id}, replacing what was kept before. */
  void put(PageId id, PageScan scan);

  /** Removes what is kept for page {@code id}, if anything. */
  void remove(PageId id);

  /** The stored file, if the page came as a PDF. */
  Optional<Path> file(PageId id, ScanFile file);

  /** A store that keeps nothing, for archives of text pages only. */
  static PageScans none() {
    return new PageScans() {
      @Override
      public void put(PageId id, PageScan scan) {}

      @Override
      public void remove(PageId id) {}

      @Override
      public Optional<Path> file(PageId id, ScanFile file) {
        return Optional.empty();
      }
    };
  }
}
