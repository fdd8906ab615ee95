package baoku.enrich;

import java.util.List;

/** The role a person is named in, from the titles printed beside the name. */
public final class Roles {
  public static final String OFFICIAL = "official";
  public static final String REPORTER = "reporter";
  public static final String OTHER = "other";

  private final EnrichCues cues;

  public Roles(EnrichCues cues) {
    this.cues = cues;
  }

  /**
   * Official where any title is a public post not scoped by a company or another body outside
   * government (火神山医院综合科主任, 国际科学理事会主席); other otherwise.
   */
  public String of(List<String> titles) {
    return titles.stream().anyMatch(this::isOfficial) ? OFFICIAL : OTHER;
  }

  boolean isOfficial(String title) {
    String core = core(title);
    if (core == null || !cues.officialTitles().contains(core)) {
      return false;
    }
    String scope = cues.stripPrefix(title.substring(0, title.length() - core.length()));
    if (cues.endsWithAny(scope, cues.companySuffixes())) {
      return false;
    }
    return cues.civilBodies().stream().noneMatch(scope::contains);
  }

  /** The longest title core {@code title} ends with, or {@code null}. */
  String core(String title) {
    String best = null;
    for (int i = title.length() - 1; i >= 0; i--) {
      String tail = title.substring(i);
      if (cues.isCoreTitle(tail)) {
        best = tail;
      }
    }
    return best;
  }
}
