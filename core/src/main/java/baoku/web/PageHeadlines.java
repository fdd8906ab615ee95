package baoku.web;

import baoku.archive.Archive;
import baoku.archive.ArticleId;
import baoku.archive.Headline;
import baoku.archive.PageId;
import baoku.archive.PageSummary;
import java.util.List;
import java.util.Optional;

/** One page's headlines in reading order (标题导航): the n-th is article n's. */
public record PageHeadlines(PageId id, List<Headline> headlines) {
  public PageHeadlines {
    headlines = List.copyOf(headlines);
  }

  public ArticleId articleId(int ordinal) {
    return id.article(ordinal);
  }

  /**
   * The headlines of page {@code id} as its issue record lists them; a record written before it
   * kept them sends the reader to the page itself. Empty when that page is not held.
   */
  static Optional<PageHeadlines> of(Archive archive, PageId id, PageSummary summary) {
    if (summary.headlines() != null) {
      return Optional.of(new PageHeadlines(id, summary.headlines()));
    }
    return archive
        .page(id)
        .map(
            page ->
                new PageHeadlines(id, page.page().articles().stream().map(Headline::of).toList()));
  }
}
