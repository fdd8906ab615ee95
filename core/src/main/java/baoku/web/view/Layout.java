package baoku.web.view;

import static baoku.web.view.Html.html;

import baoku.web.view.Html.Markup;

/** The frame of every page: head, the bar with the search box, the content, the footer. */
final class Layout {
  private Layout() {}

  static String page(String title, String query, Markup content) {
    return page(title, query, null, content);
  }

  /** The page with {@code head} (links and meta tags, or null) added to its head. */
  static String page(String title, String query, Markup head, Markup content) {
    return html(
            """
            <!doctype html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{}</title>
            <link rel="stylesheet" href="/static/reader.css">
            {}</head>
            <body>
            <header class="bar">
            <a class="brand" href="/">报库</a>
            <nav class="site-nav" aria-label="栏目"><a href="/">报纸</a><a href="/people">人物</a>\
            <a href="/trends">词频</a><a href="/search/advanced">高级搜索</a><a href="/search">搜索帮助</a></nav>
            <form class="search" action="/search" method="get" role="search">
            <input type="search" name="q" value="{}" maxlength="{}" placeholder="搜索报纸文章" \
            aria-label="搜索">
            <button type="submit">搜索</button>
            </form>
            </header>
            <main>
            {}
            </main>
            <footer class="foot">报库 · 中文报纸数字档案 · <a href="/api/v1/openapi.json">API</a></footer>
            </body>
            </html>
            """,
            title == null ? "报库" : title + " · 报库",
            head,
            query == null ? "" : query,
            baoku.web.SearchQuery.MAX_QUERY_CHARS,
            content)
        .html();
  }

  /** 乐山日报 › 2022年7月23日 › 第1版: links up the archive's tree. */
  static Markup crumbs(Markup... links) {
    return html("<nav class=\"crumbs\" aria-label=\"位置\">{}</nav>", java.util.Arrays.asList(links));
  }

  /** The address search engines and reference managers should keep for this page. */
  static Markup canonical(SiteAddress site, String path) {
    return html("<link rel=\"canonical\" href=\"{}\">\n", site.absolute(path));
  }

  static Markup link(String href, String text) {
    return html("<a href=\"{}\">{}</a>", href, text);
  }
}
