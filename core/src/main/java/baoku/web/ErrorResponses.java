package baoku.web;

import baoku.archive.ArchiveException;
import baoku.archive.InvalidQueryException;
import baoku.archive.PeopleNotIndexedException;
import baoku.page.PageJson;
import baoku.web.view.ErrorView;
import baoku.web.view.SearchView;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place failures become HTTP answers: unknown ids 404, bad parameters and queries 400, the
 * rest 500 with the cause logged and never shown. Under {@code /api/} the answer is JSON ({@code
 * status}, {@code error}, {@code message}); elsewhere it is a page. What Jetty refuses before the
 * reader sees it (a malformed or too long address, headers too large) is answered the same way,
 * with the same headers ({@link #jettyErrors}).
 */
final class ErrorResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
  private static final String HTML = "text/html; charset=utf-8";
  private static final String JSON = "application/json";

  /** What the query language allows, for a query the archive cannot read. */
  static final String UNREADABLE_QUERY =
      "搜索式无法识别：括号和引号要成对；字段只有 title、body、author、paper、genre；" + "不支持通配符（* ?）、模糊查询（~）、正则和范围";

  private final ErrorView view;
  private final SearchView search;
  private final PageJson json;

  ErrorResponses(ErrorView view, SearchView search, PageJson json) {
    this.view = view;
    this.search = search;
    this.json = json;
  }

  record Failure(int status, String message) {}

  /** An answer's content type and body. */
  record Answer(String contentType, String body) {}

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
      case InvalidQueryException q -> new Failure(400, UNREADABLE_QUERY);
      case IllegalArgumentException a -> new Failure(400, a.getMessage());
      case HttpResponseException h -> new Failure(h.getStatus(), httpMessage(h));
      case PeopleNotIndexedException p ->
          new Failure(503, "这个档案建于人物索引之前；管理者可以复制它（baoku copy）或重新导入");
      case ArchiveException a -> new Failure(500, "档案暂时无法读取");
      default -> new Failure(500, "内部错误");
    };
  }

  private static String httpMessage(HttpResponseException h) {
    return statusMessage(h.getStatus(), h.getMessage());
  }

  /** What an HTTP status means to a reader, or {@code otherwise} where nothing more is to say. */
  private static String statusMessage(int status, String otherwise) {
    return switch (status) {
      case 404 -> "没有这一页";
      case 405 -> "不支持这种请求：阅读器只读（GET）";
      case 414 -> "网址太长";
      case 431 -> "请求头太大";
      default -> otherwise;
    };
  }

  void respond(Context ctx, Failure failure) {
    Answer answer = answer(failure, isApi(ctx));
    ctx.status(failure.status()).contentType(answer.contentType()).result(answer.body());
  }

  Answer answer(Failure failure, boolean api) {
    if (!api) {
      return new Answer(HTML, view.render(failure.status(), failure.message()));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", failure.status());
    body.put("error", HttpStatus.forStatus(failure.status()).getMessage());
    body.put("message", failure.message());
    return new Answer(JSON, json.write(body, false));
  }

  /** Jetty's error handler: its own refusals answered as the reader's, page or JSON. */
  ErrorHandler jettyErrors() {
    return new ErrorHandler() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        int status =
            request.getAttribute(ERROR_STATUS) instanceof Integer code
                ? code
                : response.getStatus();
        // A request whose address Jetty could not read has none: it gets the page.
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        boolean api = path != null && path.startsWith("/api/");
        Answer answer =
            answer(
                new Failure(
                    status,
                    statusMessage(
                        status,
                        status == 400 ? "无法读取这个请求" : HttpStatus.forStatus(status).getMessage())),
                api);
        response.setStatus(status);
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, answer.contentType());
        SecurityHeaders.ALL.forEach(headers::put);
        response.write(
            true, ByteBuffer.wrap(answer.body().getBytes(StandardCharsets.UTF_8)), callback);
        return true;
      }
    };
  }
}
