package baoku.web.view;

import static baoku.web.view.Html.html;

import baoku.archive.FacetCount;
import baoku.archive.SearchHit;
import baoku.archive.SearchRequest;
import baoku.archive.SearchResult;
import baoku.web.SearchModel;
import baoku.web.SearchQuery;
import baoku.web.view.Html.Markup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Search results: the number of hits, highlighted snippets, facet filters that combine and come off
 * again, the order, and pages of hits; or help where nothing was asked or nothing found.
 */
public final class SearchView {
  /** Filters a reader can set from a facet, each the facet's own name. */
  private static final List<String> FACETS =
      List.of("paper", "year", "month", "page", "author", "genre", "person", "place", "org");

  private static final int FACET_VALUES_SHOWN = 12;

  public String render(SearchModel model) {
    SearchQuery query = model.query();
    String title = query.q() == null ? "搜索" : query.q() + " · 搜索";
    if (query.isEmpty()) {
      return Layout.page(title, null, help());
    }
    SearchResult result = model.result();
    return Layout.page(
        title,
        query.q(),
        html(
            """
            <div class="with-side search-page">
            <aside class="facets" aria-label="筛选">{}</aside>
            <section class="results">
            <h1 class="count">{}</h1>
            {}
            {}
            {}
            {}
            </section>
            </div>
            """,
            FACETS.stream().map(facet -> facet(query, facet, result)),
            count(query, result),
            activeFilters(query),
            result.totalHits() == 0 ? null : order(query),
            result.hits().isEmpty() ? noHits(query, result) : hits(query, result.hits()),
            pagination(query, result)));
  }

  /** The search box with a query the archive cannot read, and how queries are written. */
  public String renderUnreadable(String query, String message) {
    return Layout.page(
        "搜索",
        query,
        html(
            """
            <section class="help unreadable">
            <h1>这个搜索式无法识别</h1>
            <p class="message">{}</p>
            <p>斜线、括号和引号在搜索式里有特殊含义：括号和引号要成对；要找这些符号本身，请去掉它们再试。</p>
            </section>
            {}
            """,
            message,
            help()));
  }

  private static Markup count(SearchQuery query, SearchResult result) {
    // An estimate says so before the number, which stays a bare number for scripts to read.
    String about = result.totalEstimated() ? "约 " : "";
    return query.q() == null
        ? html("共 {}<strong class=\"total\">{}</strong> 篇文章", about, result.totalHits())
        : html(
            "“{}” 共 {}<strong class=\"total\">{}</strong> 篇文章",
            query.q(),
            about,
            result.totalHits());
  }

  private static Markup activeFilters(SearchQuery query) {
    List<Markup> chips = new ArrayList<>();
    Map<String, String> params = query.params();
    for (String name :
        List.of(
            "paper", "year", "month", "from", "to", "page", "author", "genre", "person", "place",
            "org")) {
      String value = params.get(name);
      if (value != null) {
        chips.add(
            html(
                "<li><a class=\"chip\" href=\"{}\" data-filter=\"{}\" title=\"去掉这个筛选\">{}：{} <span aria-hidden=\"true\">×</span></a></li>",
                Links.search(query.with(name, null).params()),
                name,
                label(name),
                Words.facetValue(name, value)));
      }
    }
    if (chips.isEmpty()) {
      return null;
    }
    return html("<ul class=\"filters\" aria-label=\"当前筛选\">{}</ul>", chips);
  }

  private static String label(String name) {
    return switch (name) {
      case "from" -> "起";
      case "to" -> "止";
      default -> Words.facet(name);
    };
  }

  private static Markup order(SearchQuery query) {
    boolean byDate = query.sort() == SearchRequest.Order.DATE;
    return html(
        "<p class=\"order\">排序：{} · {}</p>",
        byDate
            ? html("<a href=\"{}\">相关度</a>", Links.search(query.with("sort", null).params()))
            : html("<strong>相关度</strong>"),
        byDate
            ? html("<strong>日期</strong>")
            : html("<a href=\"{}\">日期</a>", Links.search(query.with("sort", "date").params())));
  }

  private static Markup hits(SearchQuery query, List<SearchHit> hits) {
    return html("<ol class=\"hits\">{}</ol>", hits.stream().map(hit -> hit(query, hit)));
  }

  private static Markup hit(SearchQuery query, SearchHit hit) {
    Markup headline =
        hit.headlineSnippet() == null || hit.headlineSnippet().isBlank()
            ? html("{}", Words.title(hit.headline()))
            : Html.snippet(hit.headlineSnippet());
    return html(
        """
        <li class="hit" data-id="{}">
        <h2><a href="{}">{}</a></h2>
        <p class="meta">{} · {} · {}{}{}</p>
        {}
        </li>
        """,
        hit.id(),
        Links.fromSearch(Links.article(hit.id()), query.params()),
        headline,
        hit.id().issue().paper(),
        Words.date(hit.date()),
        Words.page(hit.id().page().number()),
        hit.authors().isEmpty() ? null : html(" · {}", String.join("　", hit.authors())),
        hit.genre() == null ? null : html(" · {}", Words.genre(hit.genre())),
        hit.snippets().stream().map(s -> html("<p class=\"snippet\">{}</p>", Html.snippet(s))));
  }

  private static Markup facet(SearchQuery query, String name, SearchResult result) {
    List<FacetCount> values = result.facets().getOrDefault(name, List.of());
    String chosen = query.params().get(name);
    if (values.isEmpty() && chosen == null) {
      return null;
    }
    List<FacetCount> shown =
        values.size() > FACET_VALUES_SHOWN ? values.subList(0, FACET_VALUES_SHOWN) : values;
    return html(
        "<section class=\"facet\" data-facet=\"{}\"><h2>{}</h2><ul>{}</ul></section>",
        name,
        Words.facet(name),
        shown.stream()
            .map(
                value ->
                    value.value().equals(chosen)
                        ? html(
                            "<li class=\"chosen\"><a href=\"{}\" title=\"去掉这个筛选\">{} ×</a> {}</li>",
                            Links.search(query.with(name, null).params()),
                            Words.facetValue(name, value.value()),
                            count(result, value))
                        : html(
                            "<li><a href=\"{}\" data-value=\"{}\">{}</a> {}</li>",
                            Links.search(query.with(name, value.value()).params()),
                            value.value(),
                            Words.facetValue(name, value.value()),
                            count(result, value))));
  }

  /** A facet value's count; an estimate says so (约) and why, on hover. */
  private static Markup count(SearchResult result, FacetCount value) {
    return result.facetsEstimated()
        ? html("<span class=\"n\" title=\"结果太多，按抽样估算\">约{}</span>", value.count())
        : html("<span class=\"n\">{}</span>", value.count());
  }

  private static Markup pagination(SearchQuery query, SearchResult result) {
    long total = Math.min(result.totalHits(), SearchQuery.MAX_OFFSET + (long) query.limit());
    if (total <= query.limit()) {
      return null;
    }
    int size = query.limit();
    long pages = (total + size - 1) / size;
    long current = query.offset() / size + 1;
    List<Markup> links = new ArrayList<>();
    if (current > 1) {
      links.add(
          html(
              "<a rel=\"prev\" href=\"{}\">‹ 上一页</a>",
              Links.search(query.atOffset((int) ((current - 2) * size)).params())));
    }
    for (long p = Math.max(1, current - 4); p <= Math.min(pages, current + 4); p++) {
      links.add(
          p == current
              ? html("<strong aria-current=\"page\">{}</strong>", p)
              : html(
                  "<a href=\"{}\">{}</a>",
                  Links.search(query.atOffset((int) ((p - 1) * size)).params()),
                  p));
    }
    if (current < pages) {
      links.add(
          html(
              "<a rel=\"next\" href=\"{}\">下一页 ›</a>",
              Links.search(query.atOffset((int) (current * size)).params())));
    }
    return html("<nav class=\"pagination\" aria-label=\"翻页\">{}</nav>", links);
  }

  private static Markup noHits(SearchQuery query, SearchResult result) {
    if (result.totalHits() > 0) {
      return html(
          "<div class=\"help\"><p>这一页之后没有更多结果了。<a href=\"{}\">回到第一页</a></p></div>",
          Links.search(query.atOffset(0).params()));
    }
    return html(
        """
        <div class="help no-hits">
        <p>没有找到符合条件的文章。可以试试：</p>
        <ul>
        <li>换一个或少一个词：任意两个连续的字都能找到文章，如“颗粒”。</li>
        {}
        <li>用 OR 连接近义词：<code>光伏 OR 硅料</code>。</li>
        </ul>
        </div>
        """,
        query.hasFilters()
            ? html(
                "<li><a href=\"{}\">去掉所有筛选条件</a>再搜索。</li>",
                Links.search(java.util.Map.of("q", query.q() == null ? "" : query.q())))
            : null);
  }

  private static Markup help() {
    return html(
        """
        <section class="help">
        <h1>搜索报纸文章</h1>
        <p>在上方输入要找的词，按回车。</p>
        <ul>
        <li>几个词用空格隔开，文章须包含全部：<a href="/search?q=%E4%B9%A1%E6%9D%91%E6%8C%AF%E5%85%B4">乡村振兴</a></li>
        <li>加引号找整个短语：<code>"一带一路"</code></li>
        <li>AND、OR、NOT 和括号组合条件：<code>光伏 OR 硅料</code></li>
        <li>只查某一部分：<code>title:春耕</code>（标题）、<code>author:王明</code>（作者）、\
        <code>paper:人民日报</code>（报纸）、<code>genre:{}</code>（体裁：{}）</li>
        </ul>
        <p>结果可以按报纸、年份、月份、版次、作者和体裁筛选，按相关度或日期排序。\
        也可以用<a href="/search/advanced">高级搜索</a>逐项填写。</p>
        </section>
        """,
        Words.genreNames().iterator().next(), String.join("、", Words.genreNames()));
  }
}
