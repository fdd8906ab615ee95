package baoku.ingest;

import baoku.parse.PageHints;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a file gives, as one value: its bytes, what the run was told about it (paper, date, page)
 * and whether the run was strict. A file changed, or named with other hints, has another
 * fingerprint, so a rerun reads it again.
 */
final class SourceFingerprint {
  private SourceFingerprint() {}

  static String of(byte[] bytes, PageHints hints, boolean strict) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(bytes);
      String told =
          "\u0000"
              + hints.paper()
              + "\u0000"
              + hints.date()
              + "\u0000"
              + hints.page()
              + "\u0000"
              + strict;
      digest.update(told.getBytes(StandardCharsets.UTF_8));
      // 128 bits: no two files of any archive share one by chance.
      return HexFormat.of().formatHex(digest.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
