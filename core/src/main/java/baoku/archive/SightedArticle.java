package baoku.archive;

/** An article that prints a person's name, with its headline. */
public record SightedArticle(ArticleId id, String headline) {}
