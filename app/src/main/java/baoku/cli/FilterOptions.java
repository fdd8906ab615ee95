package baoku.cli;

import baoku.archive.ArticleFilter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The filters shared by search and export. */
final class FilterOptions {
  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Issues on or after this day.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Issues on or before this day.")
  LocalDate to;

  @Option(names = "--paper", paramLabel = "NAME", description = "Articles of this paper only.")
  String paper;

  @Option(names = "--page", paramLabel = "N", description = "Articles printed on page N only.")
  Integer page;

  @Option(names = "--author", paramLabel = "NAME", description = "Articles by this author only.")
  String author;

  @Option(names = "--genre", paramLabel = "G", description = "news, commentary, review, photo, …")
  String genre;

  @Option(names = "--person", paramLabel = "NAME", description = "Articles naming this person.")
  String person;

  @Option(names = "--place", paramLabel = "NAME", description = "Articles naming this place.")
  String place;

  @Option(names = "--org", paramLabel = "NAME", description = "Articles naming this organisation.")
  String org;

  /** The filters given, by the names the reader's search parameters have. */
  Map<String, String> params() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("from", from == null ? null : from.toString());
    params.put("to", to == null ? null : to.toString());
    params.put("paper", paper);
    params.put("page", page == null ? null : page.toString());
    params.put("author", author);
    params.put("genre", genre);
    params.put("person", person);
    params.put("place", place);
    params.put("org", org);
    return params;
  }

  ArticleFilter filter() {
    return new ArticleFilter(paper, from, to, page, author, genre).withNames(person, place, org);
  }
}
