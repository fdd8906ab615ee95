package baoku.people;

import baoku.archive.ArticleId;
import java.time.LocalDate;

/** An article naming a person. */
public record PersonArticle(ArticleId id, LocalDate date, int page, String title) {}
