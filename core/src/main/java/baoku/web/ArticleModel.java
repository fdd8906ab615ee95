package baoku.web;

import baoku.archive.ArticleId;
import baoku.page.Article;
import baoku.page.Issue;

/**
 * One article with what its page says around it: the neighbours in reading order and the jumps;
 * each of {@code previous}, {@code next}, {@code continuedOn}, {@code continuedFrom} may be null.
 */
public record ArticleModel(
    ArticleId id,
    Issue issue,
    Article article,
    ArticleLink previous,
    ArticleLink next,
    Jump continuedOn,
    Jump continuedFrom) {}
