package baoku.web.view;

import static baoku.web.view.Html.html;

/** A page for a request the reader cannot answer: what went wrong, and ways on. */
public final class ErrorView {
  public String render(int status, String message) {
    String heading =
        switch (status) {
          case 404 -> "找不到这一页";
          case 400 -> "请求有误";
          case 405 -> "不支持这种请求";
          default -> "出错了";
        };
    return Layout.page(
        heading,
        null,
        html(
            """
            <section class="error" data-status="{}">
            <h1>{}</h1>
            <p class="message">{}</p>
            <p><a href="/">回到首页</a> · <a href="/search">搜索</a></p>
            </section>
            """,
            status,
            heading,
            message));
  }
}
