package baoku.web;

import baoku.archive.ArticleId;
import baoku.archive.PageId;
import baoku.archive.scans.PageScans;
import baoku.archive.scans.ScanFile;
import baoku.page.PageJson;
import baoku.web.view.Citation;
import baoku.web.view.CitationFormats;
import baoku.web.view.PlainText;
import io.javalin.http.Context;
import java.util.List;

/**
 * Pages and articles as files: plain text, and an article's citation as BibTeX, RIS and CSL-JSON,
 * each saved under the paper, date and page it cites.
 */
final class CitationRoutes {
  private static final String ARTICLE = "/{paper}/{date}/{page}/{n}";

  private final Reader reader;
  private final PageScans scans;
  private final PageJson json;

  CitationRoutes(Reader reader, PageScans scans, PageJson json) {
    this.reader = reader;
    this.scans = scans;
    this.json = json;
  }

  /** Registered before the article route, which would take {@code text.txt} for an ordinal. */
  void register(ReadRoutes routes) {
    routes.get(
        "/{paper}/{date}/{page}/text.txt",
        ctx -> {
          PageId id = PathIds.page(ctx);
          String text = PlainText.page(reader.archivedPage(id), Downloads.site(ctx));
          file(ctx, id, ".txt", "text/plain; charset=utf-8", text);
        });
    routes.get(
        ARTICLE + "/text.txt",
        ctx -> {
          ArticleId id = PathIds.article(ctx);
          String text = PlainText.article(id, reader.article(id).article(), Downloads.site(ctx));
          file(ctx, id.page(), "-" + id.ordinal() + ".txt", "text/plain; charset=utf-8", text);
        });
    routes.get(
        ARTICLE + "/cite.bib",
        ctx -> cite(ctx, ".bib", "application/x-bibtex; charset=utf-8", CitationFormats::bibtex));
    routes.get(
        ARTICLE + "/cite.ris",
        ctx ->
            cite(
                ctx,
                ".ris",
                "application/x-research-info-systems; charset=utf-8",
                CitationFormats::ris));
    routes.get(
        ARTICLE + "/cite.json",
        ctx ->
            cite(
                ctx,
                ".json",
                "application/vnd.citationstyles.csl+json; charset=utf-8",
                c -> json.write(List.of(CitationFormats.csl(c)), true)));
  }

  private void cite(
      Context ctx, String suffix, String type, java.util.function.Function<Citation, String> form) {
    ArticleId id = PathIds.article(ctx);
    Citation citation = citation(ctx, id);
    file(ctx, id.page(), "-" + id.ordinal() + suffix, type, form.apply(citation));
  }

  Citation citation(Context ctx, ArticleId id) {
    return Citation.of(reader.article(id), Downloads.site(ctx), scanned(id.page()));
  }

  private boolean scanned(PageId id) {
    return scans.file(id, ScanFile.PDF).isPresent();
  }

  private static void file(Context ctx, PageId page, String rest, String type, String body) {
    ctx.contentType(type)
        .header("Content-Disposition", Downloads.attachment(page, rest))
        .result(body);
  }
}
