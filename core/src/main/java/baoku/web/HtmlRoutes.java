package baoku.web;

import baoku.archive.PageId;
import baoku.archive.scans.PageScans;
import baoku.archive.scans.ScanFile;
import baoku.web.view.AdvancedSearchView;
import baoku.web.view.ArticleView;
import baoku.web.view.HomeView;
import baoku.web.view.IssueView;
import baoku.web.view.Links;
import baoku.web.view.PageView;
import baoku.web.view.PaperView;
import baoku.web.view.PeopleView;
import baoku.web.view.SearchView;
import baoku.web.view.TrendView;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.YearMonth;

/** The reader's pages: home, paper, issue, page, article (the permalink) and search. */
final class HtmlRoutes {
  private final Reader reader;
  private final HomeView home = new HomeView();
  private final PaperView paper = new PaperView();
  private final AdvancedSearchView advanced = new AdvancedSearchView();
  private final TrendView trends = new TrendView();
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

  void register(ReadRoutes routes) {
    routes.get("/", ctx -> ctx.html(home.render(reader.home(null, year(ctx), month(ctx)))));
    routes.get(
        "/search",
        ctx -> ctx.html(search.render(reader.search(SearchQuery.parse(ctx::queryParam)))));
    // Before /{paper} and /{paper}/{date}, which would otherwise take them.
    routes.get(
        "/trends",
        ctx -> {
          String q = ctx.queryParam("q");
          ctx.html(
              q == null || q.isBlank()
                  ? trends.renderForm()
                  : trends.render(reader.trend(q, year(ctx), ctx.queryParam("paper"))));
        });
    routes.get(
        "/search/advanced",
        ctx -> {
          AdvancedSearch asked = AdvancedSearch.parse(ctx::queryParam);
          if (asked.isEmpty()) {
            ctx.html(advanced.render(reader.papers()));
          } else {
            ctx.redirect(Links.search(asked.searchParams()), HttpStatus.SEE_OTHER);
          }
        });
    routes.get(
        "/people",
        ctx ->
            ctx.html(
                people.renderList(reader.people(ctx.queryParam("role"), ctx.queryParam("sort")))));
    routes.get(
        "/people/{name}", ctx -> ctx.html(people.render(reader.person(ctx.pathParam("name")))));
    routes.get(
        "/{paper}",
        ctx -> ctx.html(paper.render(reader.paper(ctx.pathParam("paper"), year(ctx), month(ctx)))));
    routes.get(
        "/{paper}/{date}",
        ctx -> ctx.html(issue.render(reader.issue(PathIds.issue(ctx)), Downloads.site(ctx))));
    routes.get(
        "/{paper}/{date}/{page}",
        ctx ->
            ctx.html(
                page.render(
                    reader.page(PathIds.page(ctx)),
                    scanned(PathIds.page(ctx)),
                    Downloads.site(ctx),
                    foundBy(ctx))));
    routes.get(
        "/{paper}/{date}/{page}/{n}",
        ctx ->
            ctx.html(
                article.render(
                    reader.article(PathIds.article(ctx)),
                    scanned(PathIds.page(ctx)),
                    scans.file(PathIds.page(ctx), ScanFile.PDF).isPresent(),
                    Downloads.site(ctx),
                    foundBy(ctx))));
  }

  /**
   * The search an article or page was opened from, as its address carries it; none where the
   * address carries none, or parameters no search would take (the page is shown all the same).
   */
  private static SearchQuery foundBy(Context ctx) {
    if (ctx.queryParamMap().isEmpty()) {
      return null;
    }
    try {
      SearchQuery query = SearchQuery.parse(ctx::queryParam);
      return query.isEmpty() ? null : query;
    } catch (BadParameterException e) {
      return null;
    }
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
