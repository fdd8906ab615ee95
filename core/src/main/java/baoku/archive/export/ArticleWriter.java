package baoku.archive.export;

import baoku.archive.ArchivedArticle;
import baoku.page.PageJson;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Stream;

/** Writes a stream of articles as JSON lines or CSV, one article at a time. */
public final class ArticleWriter {
  private static final List<String> CSV_COLUMNS =
      List.of(
          "id",
          "logical_id",
          "paper",
          "date",
          "page",
          "ordinal",
          "kicker",
          "title",
          "subtitle",
          "column",
          "authors",
          "dateline",
          "genre",
          "continued_on",
          "continued_from",
          "text");

  private final PageJson json;

  public ArticleWriter(PageJson json) {
    this.json = json;
  }

  /** Writes every article and returns how many. */
  public long write(Stream<ArchivedArticle> articles, ExportFormat format, Writer out)
      throws IOException {
    if (format == ExportFormat.CSV) {
      out.write(String.join(",", CSV_COLUMNS) + "\r\n");
    }
    long count = 0;
    for (var it = articles.iterator(); it.hasNext(); ) {
      ExportedArticle article = ExportedArticle.of(it.next());
      out.write(format == ExportFormat.CSV ? csv(article) : json.write(article, false) + "\n");
      count++;
    }
    out.flush();
    return count;
  }

  /** Authors joined with 、 as the papers print them; paragraphs joined with line breaks. */
  private static String csv(ExportedArticle a) {
    return String.join(
            ",",
            Csv.cell(a.id()),
            Csv.cell(a.logicalId()),
            Csv.cell(a.paper()),
            a.date().toString(),
            String.valueOf(a.page()),
            String.valueOf(a.ordinal()),
            Csv.cell(a.kicker()),
            Csv.cell(a.title()),
            Csv.cell(a.subtitle()),
            Csv.cell(a.column()),
            Csv.cell(String.join("、", a.authors())),
            Csv.cell(a.dateline()),
            Csv.cell(a.genre()),
            a.continuedOn() == null ? "" : a.continuedOn().toString(),
            a.continuedFrom() == null ? "" : a.continuedFrom().toString(),
            Csv.cell(String.join("\n", a.paragraphs())))
        + "\r\n";
  }
}
