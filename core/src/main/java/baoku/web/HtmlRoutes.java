package baoku.web;

import baoku.archive.PageId;
import baoku.archive.scans.PageScans;
import baoku.archive.scans.ScanFile;
import baoku.web.view.ArticleView;
import baoku.web.view.HomeView;
import baoku.web.view.IssueView;
import baoku.web.view.PageView;
import baoku.web.view.PeopleView;
import baoku.web.view.SearchView;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.YearMonth;

/** The reader's pages: home, paper, issue, page, article (the permalink) and search. */
final class HtmlRoutes {
  private final Reader reader;
  private final HomeView home = new HomeView();
  private final IssueView issue = new IssueView();
  private final PageView page = new PageView();
  private final ArticleView article = new ArticleView();
  private final SearchView search = new SearchView();
  private final PeopleView people = new PeopleView();

  private final PageScans scans;

  HtmlRoutes(Reader reader, PageScans scans) {
    this.reader = reader;
    this.scans = scans;
  }

  void register(RoutesConfig routes) {
    routes.get("/", ctx -> ctx.html(home.render(reader.home(null, year(ctx), month(ctx)))));
    routes.get(
        "/search",
        ctx -> ctx.html(search.render(reader.search(SearchQuery.parse(ctx::queryParam)))));
    // Before /{paper}/{date}, which would otherwise take them.
    routes.get("/people", ctx -> ctx.html(people.renderList(reader.people().list())));
    routes.get(
        "/people/{name}", ctx -> ctx.html(people.render(reader.person(ctx.pathParam("name")))));
    routes.get(
        "/{paper}",
        ctx -> ctx.html(home.render(reader.home(ctx.pathParam("paper"), year(ctx), month(ctx)))));
    routes.get("/{paper}/{date}", ctx -> ctx.html(issue.render(reader.issue(PathIds.issue(ctx)))));
    routes.get(
        "/{paper}/{date}/{page}",
        ctx -> ctx.html(page.render(reader.page(PathIds.page(ctx)), scanned(PathIds.page(ctx)))));
    routes.get(
        "/{paper}/{date}/{page}/{n}",
        ctx ->
            ctx.html(
                article.render(
                    reader.article(PathIds.article(ctx)),
                    scanned(PathIds.page(ctx)),
                    scans.file(PathIds.page(ctx), ScanFile.PDF).isPresent())));
  }

  private boolean scanned(PageId id) {
    return scans.file(id, ScanFile.IMAGE).isPresent();
  }

  private static Integer year(Context ctx) {
    return SearchQuery.year(ctx.queryParam("year"));
  }

  private static YearMonth month(Context ctx) {
    return SearchQuery.yearMonth(ctx.queryParam("month"));
  }
}
