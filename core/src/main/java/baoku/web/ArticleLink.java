package baoku.web;

import baoku.archive.ArticleId;

/** An article as a link shows it. */
public record ArticleLink(ArticleId id, String title) {}
