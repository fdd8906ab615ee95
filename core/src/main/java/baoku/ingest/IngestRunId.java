package baoku.ingest;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Names an ingest run: when it started (UTC, to the second) and four random hex digits, so runs
 * sort by time and two started in the same second differ: {@code 20260314T091500Z-3fa2}.
 */
public final class IngestRunId {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private IngestRunId() {}

  public static String next() {
    byte[] tail = new byte[2];
    new SecureRandom().nextBytes(tail);
    return STAMP.format(Instant.now()) + "-" + HexFormat.of().formatHex(tail);
  }
}
