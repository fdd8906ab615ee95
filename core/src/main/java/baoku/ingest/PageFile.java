package baoku.ingest;

import baoku.parse.PageHints;
import java.nio.file.Path;

/**
 * A file to ingest and what its manifest, side file, options and path say about it; {@code order}
 * is its place among the run's files, as named (folders sorted, manifests row by row).
 */
record PageFile(Path path, PageHints hints, int order) {}
