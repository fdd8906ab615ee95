package baoku.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;

/**
 * Registers a reading route for GET and HEAD alike. Left to itself Javalin answers HEAD with an
 * empty {@code text/plain}; a HEAD here runs the same handler and answers with the content type and
 * length a GET would have, without the body.
 */
final class ReadRoutes {
  private final RoutesConfig routes;

  ReadRoutes(RoutesConfig routes) {
    this.routes = routes;
  }

  ReadRoutes get(String path, Handler handler) {
    routes.get(path, handler);
    routes.head(
        path,
        ctx -> {
          handler.handle(ctx);
          withLength(ctx);
        });
    return this;
  }

  /** Sets the length of what a GET would send; Jetty sends no body for a HEAD. */
  static void withLength(Context ctx) throws IOException {
    InputStream result = ctx.resultInputStream();
    if (result == null) {
      return;
    }
    byte[] body = result.readAllBytes();
    ctx.result(body);
    ctx.header("Content-Length", String.valueOf(body.length));
  }
}
