package baoku.archive;

import baoku.page.Page;

/** One page as the archive holds it; its articles are in reading order, the n-th has id n. */
public record ArchivedPage(PageId id, Page page) {
  public ArticleId articleId(int ordinal) {
    return id.article(ordinal);
  }
}
