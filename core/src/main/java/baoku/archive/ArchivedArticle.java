package baoku.archive;

import baoku.page.Article;
import baoku.page.Issue;

/**
 * One article as the archive holds it.
 *
 * @param logicalId the id shared by all parts of one logical article (parts joined by a jump); the
 *     article's own id until jumps are stitched
 * @param issue what is known about the issue the article appeared in
 */
public record ArchivedArticle(ArticleId id, String logicalId, Issue issue, Article article) {}
