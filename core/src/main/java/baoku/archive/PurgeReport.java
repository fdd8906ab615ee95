package baoku.archive;

import java.util.List;

/**
 * What a purge removed: the pages (with their articles and sightings), how many issues went whole
 * and how many kept other pages.
 */
public record PurgeReport(
    List<PageId> pages, long articles, long issuesRemoved, long issuesShrunk) {
  public PurgeReport {
    pages = List.copyOf(pages);
  }
}
