package baoku.parse.zone;

import java.util.List;

/**
 * Who wrote an article and where the news came from.
 *
 * @param dateline 本报讯, 新华社北京7月22日电, or null
 * @param authors the names, roles dropped (记者 付小惠 → 付小惠)
 * @param ownPhoto whether the byline credits the writer with the photos too (文/图, 摄)
 */
public record Byline(String dateline, List<String> authors, boolean ownPhoto) {
  public Byline {
    authors = List.copyOf(authors);
  }
}
