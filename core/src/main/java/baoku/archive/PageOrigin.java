package baoku.archive;

import java.util.Objects;

/**
 * Where a stored page came from: the ingest run that put it, and its source, a fingerprint of the
 * file and of what the run was told about it. A later run skips a file whose source it finds
 * committed; {@code baoku purge --run} removes what one run put. Either is empty when unknown.
 */
public record PageOrigin(String run, String source) {
  public static final PageOrigin UNKNOWN = new PageOrigin("", "");

  public PageOrigin {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(source, "source");
  }
}
