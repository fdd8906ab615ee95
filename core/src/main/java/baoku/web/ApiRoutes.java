package baoku.web;

import baoku.archive.IssueSummary;
import baoku.web.ApiBodies.ArticleBody;
import baoku.web.ApiBodies.IssueBody;
import baoku.web.ApiBodies.IssueList;
import baoku.web.ApiBodies.IssueRef;
import baoku.web.ApiBodies.PageBody;
import baoku.web.ApiBodies.SearchBody;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The JSON API under {@code /api/v1}, described by {@code /api/v1/openapi.json}. */
final class ApiRoutes {
  static final String PREFIX = "/api/v1";

  /** Matches every other path under {@code /api}. */
  static final String UNKNOWN = "/api/*";

  /** An issue listing longer than this is cut short and says so. */
  static final int MAX_ISSUES = 1000;

  private final Reader reader;
  private final byte[] openApi;

  ApiRoutes(Reader reader, byte[] openApi) {
    this.reader = reader;
    this.openApi = openApi.clone();
  }

  void register(ReadRoutes routes) {
    routes.get(PREFIX + "/papers", ctx -> ctx.json(Map.of("papers", reader.papers())));
    routes.get(PREFIX + "/issues", ctx -> ctx.json(issues(ctx)));
    routes.get(
        PREFIX + "/issues/{paper}/{date}",
        ctx -> ctx.json(IssueBody.of(reader.issue(PathIds.issue(ctx)))));
    routes.get(
        PREFIX + "/pages/{paper}/{date}/{page}",
        ctx -> ctx.json(PageBody.of(reader.archivedPage(PathIds.page(ctx)))));
    routes.get(
        PREFIX + "/articles/{paper}/{date}/{page}/{n}",
        ctx -> ctx.json(ArticleBody.of(reader.article(PathIds.article(ctx)))));
    routes.get(
        PREFIX + "/search",
        ctx -> ctx.json(SearchBody.of(reader.search(SearchQuery.parse(ctx::queryParam)))));
    routes.get(
        PREFIX + "/trends",
        ctx ->
            ctx.json(
                reader.trend(
                    ctx.queryParam("q"),
                    SearchQuery.year(ctx.queryParam("year")),
                    ctx.queryParam("paper"))));
    routes.get(PREFIX + "/people", ctx -> ctx.json(Map.of("people", reader.people().list())));
    routes.get(PREFIX + "/people/{name}", ctx -> ctx.json(reader.person(ctx.pathParam("name"))));
    routes.get(
        PREFIX + "/openapi.json",
        ctx -> ctx.contentType("application/json; charset=utf-8").result(openApi));
    // Not an endpoint: keeps the reader's /{paper}/{date}/... pages from answering API paths.
    routes.get(
        UNKNOWN,
        ctx -> {
          throw new NotInArchiveException(
              "没有这个接口：" + ctx.path() + "（见 " + PREFIX + "/openapi.json）");
        });
  }

  private IssueList issues(Context ctx) {
    SearchQuery range = SearchQuery.parse(ctx::queryParam);
    if (range.paper() == null) {
      throw BadParameterException.of("paper", "必须给出");
    }
    // year and month narrow the range as they do a search's.
    var filter = range.toRequest().map(request -> request.filter()).orElse(null);
    LocalDate from = filter == null ? range.from() : filter.from();
    LocalDate to = filter == null ? range.to() : filter.to();
    List<IssueSummary> found = filter == null ? List.of() : reader.issues(range.paper(), from, to);
    List<IssueRef> issues = found.stream().limit(MAX_ISSUES).map(IssueRef::of).toList();
    return new IssueList(range.paper(), from, to, found.size(), found.size() > MAX_ISSUES, issues);
  }
}
