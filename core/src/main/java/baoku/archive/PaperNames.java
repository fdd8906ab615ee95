package baoku.archive;

import java.util.Optional;

/**
 * What may name a paper. The name is the first part of every id ({@code PAPER/YYYY-MM-DD/...}) and
 * of every address in the reader, so a name that cannot stand there is refused before a page is
 * stored under it.
 */
public final class PaperNames {
  private PaperNames() {}

  /** Why {@code name} cannot name a paper, naming it, or empty when it can. */
  public static Optional<String> problem(String name) {
    if (name == null || name.isBlank()) {
      return Optional.of("no paper name: it is blank");
    }
    String reason = null;
    if (name.indexOf('/') >= 0) {
      reason = "it holds '/', which the archive's ids use between their parts";
    }
    return reason == null
        ? Optional.empty()
        : Optional.of("'" + name + "' is not a paper name: " + reason);
  }
}
