package baoku.web.view;

import baoku.archive.ArticleId;
import baoku.archive.scans.ScanFile;
import baoku.web.ArticleModel;
import java.time.LocalDate;
import java.util.List;

/**
 * What a citation of one article says: who wrote what, in which paper, on which day and page, and
 * where it is kept. The formats are {@link CitationFormats}.
 *
 * @param url the permalink, absolute and percent-encoded
 * @param readableUrl the same for people to read
 * @param pdfUrl the page's PDF where the page came as one, else {@code null}
 */
public record Citation(
    ArticleId id,
    String title,
    List<String> authors,
    String paper,
    LocalDate date,
    int page,
    String url,
    String readableUrl,
    String pdfUrl) {
  public Citation {
    authors = List.copyOf(authors);
  }

  public static Citation of(ArticleModel model, SiteAddress site, boolean scanned) {
    ArticleId id = model.id();
    String path = Links.article(id);
    return new Citation(
        id,
        Words.title(model.article().title()),
        model.article().authors(),
        id.issue().paper(),
        id.issue().date(),
        id.page().number(),
        site.absolute(path),
        site.readable(path),
        scanned ? site.absolute(Links.scan(id.page(), ScanFile.PDF)) : null);
  }
}
