package baoku.web;

import baoku.archive.ArchiveException;
import baoku.archive.InvalidQueryException;
import baoku.web.view.ErrorView;
import baoku.web.view.SearchView;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place failures become HTTP answers: unknown ids 404, bad parameters and queries 400, the
 * rest 500 with the cause logged and never shown. Under {@code /api/} the answer is JSON ({@code
 * status}, {@code error}, {@code message}); elsewhere it is a page.
 */
final class ErrorResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

  private final ErrorView view;
  private final SearchView search;

  ErrorResponses(ErrorView view, SearchView search) {
    this.view = view;
    this.search = search;
  }

  record Failure(int status, String message) {}

  void handle(Exception e, Context ctx) {
    Failure failure = classify(e);
    if (failure.status() >= 500) {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
    }
    if (e instanceof InvalidQueryException && !isApi(ctx)) {
      // A query that cannot be read stays in the search box, with what to change.
      ctx.status(failure.status())
          .html(search.renderUnreadable(ctx.queryParam("q"), failure.message()));
      return;
    }
    respond(ctx, failure);
  }

  private static boolean isApi(Context ctx) {
    return ctx.path().startsWith("/api/");
  }

  static Failure classify(Exception e) {
    return switch (e) {
      case NotInArchiveException n -> new Failure(404, n.getMessage());
      case BadParameterException b -> new Failure(400, b.getMessage());
      case InvalidQueryException q -> new Failure(400, q.getMessage());
      case IllegalArgumentException a -> new Failure(400, a.getMessage());
      case HttpResponseException h -> new Failure(h.getStatus(), httpMessage(h));
      case ArchiveException a -> new Failure(500, "the archive cannot be read just now");
      default -> new Failure(500, "internal error");
    };
  }

  private static String httpMessage(HttpResponseException h) {
    return switch (h.getStatus()) {
      case 404 -> "no such page";
      case 405 -> "method not allowed: the reader only reads (GET)";
      default -> h.getMessage();
    };
  }

  void respond(Context ctx, Failure failure) {
    ctx.status(failure.status());
    if (isApi(ctx)) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", failure.status());
      body.put("error", HttpStatus.forStatus(failure.status()).getMessage());
      body.put("message", failure.message());
      ctx.json(body);
    } else {
      ctx.html(view.render(failure.status(), failure.message()));
    }
  }
}
