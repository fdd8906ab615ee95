package baoku.ingest;

import baoku.parse.PageHints;
import java.nio.file.Path;

/** A file to ingest and what its manifest, side file, options and path say about it. */
record PageFile(Path path, PageHints hints) {}
