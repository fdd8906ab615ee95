package baoku.archive.export;

import baoku.archive.ArchivedArticle;
import baoku.page.Article;
import baoku.page.Image;
import java.time.LocalDate;
import java.util.List;

/** One article flattened for researchers: where it appeared, then everything the page printed. */
public record ExportedArticle(
    String id,
    String logicalId,
    String paper,
    LocalDate date,
    int page,
    int ordinal,
    String kicker,
    String title,
    String subtitle,
    String column,
    List<String> authors,
    String dateline,
    String genre,
    List<String> paragraphs,
    List<Image> images,
    Integer continuedOn,
    Integer continuedFrom) {

  public static ExportedArticle of(ArchivedArticle archived) {
    Article a = archived.article();
    return new ExportedArticle(
        archived.id().toString(),
        archived.logicalId(),
        archived.id().issue().paper(),
        archived.id().issue().date(),
        archived.id().page().number(),
        archived.id().ordinal(),
        a.kicker(),
        a.title(),
        a.subtitle(),
        a.column(),
        a.authors(),
        a.dateline(),
        a.genre(),
        a.paragraphs(),
        a.images(),
        a.continuedOn(),
        a.continuedFrom());
  }
}
