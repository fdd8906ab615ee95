package baoku.web;

import baoku.archive.ArticleId;
import baoku.archive.PageId;

/**
 * Where an article continues (下转第N版) or comes from (上接第N版).
 *
 * @param page the page printed in the jump line
 * @param held whether the archive holds that page
 * @param article the other part of the article on that page, or {@code null} when none is found
 */
public record Jump(PageId page, boolean held, ArticleId article) {}
