package baoku.web;

import baoku.archive.Archive;
import baoku.archive.scans.PageScans;
import baoku.page.PageJson;
import baoku.web.view.ErrorView;
import baoku.web.view.SearchView;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ThreadPool;

/**
 * The web reader over an archive: HTML pages, the JSON API and the stylesheet, on one Javalin
 * server. Nothing here writes to the archive.
 */
public final class ReaderServer implements AutoCloseable {
  private static final String STYLESHEET = "/baoku/web/static/reader.css";
  private static final String OPEN_API = "/baoku/web/openapi.json";

  private final Javalin app;
  private final String host;

  private ReaderServer(Javalin app, String host) {
    this.app = app;
    this.host = host;
  }

  /** Starts serving {@code archive} as {@code settings} say. */
  public static ReaderServer start(Archive archive, ReaderSettings settings) {
    return start(archive, PageScans.none(), settings);
  }

  /** Starts serving {@code archive}, with the page images in {@code scans}, as settings say. */
  public static ReaderServer start(Archive archive, PageScans scans, ReaderSettings settings) {
    requireFree(settings.host(), settings.port());
    Javalin app = create(archive, scans, settings.adminToken());
    try {
      app.start(settings.host(), settings.port());
    } catch (JavalinBindException e) {
      // Taken between the look and the start.
      throw new IllegalStateException(cannotListen(settings.host(), settings.port(), e), e);
    }
    return new ReaderServer(app, settings.host());
  }

  /**
   * Fails with one line where the address cannot be bound (a port in use, an address not this
   * machine's), before Javalin would log the failure and its stack trace. Bound the way Jetty
   * binds, so what this takes, Jetty takes too.
   */
  private static void requireFree(String host, int port) {
    if (port == 0) {
      return;
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(host, port));
    } catch (IOException e) {
      throw new IllegalStateException(cannotListen(host, port, e), e);
    }
  }

  private static String cannotListen(String host, int port, Exception e) {
    String shown = host.contains(":") ? "[" + host + "]" : host;
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return "cannot listen on " + shown + ":" + port + " (" + reason.replace('\n', ' ') + ")";
  }

  /** The configured server, not started: tests see its routes. */
  public static Javalin create(Archive archive, String adminToken) {
    return create(archive, PageScans.none(), adminToken);
  }

  public static Javalin create(Archive archive, PageScans scans, String adminToken) {
    Reader reader = new Reader(archive);
    PageJson json = new PageJson();
    ErrorResponses errors = new ErrorResponses(new ErrorView(), new SearchView(), json);
    byte[] stylesheet = resource(STYLESHEET);
    byte[] openApi = resource(OPEN_API);
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          config.jetty.threadPool = workers();
          config.http.prefer405over404 = true;
          config.jsonMapper(new JavalinJackson(json.mapper(), false));
          // What Jetty refuses before the reader sees it (an address too long or malformed,
          // headers too large) is answered as the reader answers errors.
          config.jetty.modifyServer(server -> server.setErrorHandler(errors.jettyErrors()));
          config.routes.exception(Exception.class, errors::handle);
          // Javalin answers its own HTTP exceptions itself unless told otherwise.
          config.routes.exception(HttpResponseException.class, errors::handle);
          config.routes.before(ctx -> SecurityHeaders.ALL.forEach(ctx::header));
          AdminGuard guard = new AdminGuard(adminToken);
          config.routes.before(AdminGuard.PATH, guard);
          config.routes.before(AdminGuard.PATH + "/*", guard);
          // Fixed paths first: the first route that matches answers, and /{paper}/{date} would.
          ReadRoutes reads = new ReadRoutes(config.routes);
          reads.get(
              "/static/reader.css",
              ctx ->
                  ctx.contentType("text/css; charset=utf-8")
                      .header("Cache-Control", "public, max-age=3600")
                      .result(stylesheet));
          // Browsers ask for it on every visit; without this, /{paper} would look it up.
          config.routes.get("/favicon.ico", ctx -> ctx.status(204));
          new ApiRoutes(reader, openApi).register(reads);
          new ScanRoutes(scans).register(reads);
          new CitationRoutes(reader, scans, json).register(reads);
          new HtmlRoutes(reader, scans).register(reads);
        });
  }

  /**
   * One thread to accept connections, one to read them, and one per processor to answer requests,
   * not Jetty's hundreds. Answering is all computation over the memory-mapped index, so more
   * threads would only take turns on the processors, and a request would take as long as every
   * other under way; with these, requests wait their turn in order and each then runs at full
   * speed. Under load every kind of page then waits about as long, searches included.
   */
  private static ThreadPool workers() {
    int processors = Runtime.getRuntime().availableProcessors();
    QueuedThreadPool pool = new QueuedThreadPool(processors + 2, 4);
    pool.setReservedThreads(0);
    pool.setName("baoku-web");
    return pool;
  }

  private static byte[] resource(String name) {
    try (InputStream in = ReaderServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return app.port();
  }

  /** The address to open in a browser. */
  public String url() {
    String shown = host.contains(":") ? "[" + host + "]" : host;
    if (host.equals("0.0.0.0") || host.equals("::")) {
      shown = "localhost";
    }
    return "http://" + shown + ":" + port() + "/";
  }

  @Override
  public void close() {
    app.stop();
  }
}
