package baoku.web.view;

import static baoku.web.view.Html.html;

import baoku.web.Trend;
import baoku.web.view.Html.Markup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 词频: how often a word is printed over time, per paper, as a line per paper over the periods
 * (matches per thousand articles held, so that a year with more pages does not look busier; a
 * period with nothing held is a gap), and the same numbers as a table.
 */
public final class TrendView {
  private static final int WIDTH = 720;
  private static final int HEIGHT = 240;
  private static final int LEFT = 48;
  private static final int RIGHT = 28;
  private static final int BOTTOM = 28;
  private static final int TOP = 12;
  private static final int SERIES_STYLES = 6;

  /** The form alone, before anything is asked. */
  public String renderForm() {
    return Layout.page(
        "词频",
        null,
        html("<section class=\"trends\"><h1>词频</h1>{}{}</section>", form(null, null), help()));
  }

  public String render(Trend trend) {
    return Layout.page(
        trend.q() + " · 词频",
        null,
        html(
            """
            <section class="trends">
            <h1>词频</h1>
            {}
            <h2>“{}” {}<span class="meta">每千篇文章中的篇数{}</span></h2>
            {}
            {}
            <p class="meta">数据：<a href="{}">JSON</a> · <a href="{}">这些文章</a></p>
            </section>
            """,
            form(trend.q(), trend.year()),
            trend.q(),
            trend.year() == null ? null : html("{}年各月 ", trend.year()),
            trend.estimated() ? "（部分按抽样估算）" : "",
            chart(trend),
            table(trend),
            Links.trendsApi(trend.q(), trend.year()),
            Links.search(searchParams(trend))));
  }

  private static Map<String, String> searchParams(Trend trend) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("q", trend.q());
    params.put("year", trend.year() == null ? null : String.valueOf(trend.year()));
    return params;
  }

  private static Markup form(String q, Integer year) {
    return html(
        """
        <form class="trend-form" action="/trends" method="get">
        <label for="trend-q">词语或短语</label>
        <input id="trend-q" name="q" value="{}" maxlength="{}" required>
        <label for="trend-year">年份（按月）</label>
        <input id="trend-year" name="year" value="{}" type="number" min="1" max="9999" inputmode="numeric">
        <button type="submit">统计</button>
        </form>
        """,
        q == null ? "" : q,
        baoku.web.SearchQuery.MAX_QUERY_CHARS,
        year == null ? "" : String.valueOf(year));
  }

  private static Markup help() {
    return html(
        "<p class=\"note\">输入一个词或短语（搜索式也可以，如 <code>光伏 OR 硅料</code>），"
            + "看它历年在各报见报的多少；填上年份，看这一年逐月的变化。</p>");
  }

  /** One polyline per paper; the y axis runs from 0 to the largest value. */
  private static Markup chart(Trend trend) {
    List<Trend.Series> series = trend.series();
    if (series.isEmpty() || series.getFirst().points().isEmpty()) {
      return html("<p class=\"none\">所选范围内没有报纸。</p>");
    }
    double max = 0;
    for (Trend.Series s : series) {
      for (Trend.Point p : s.points()) {
        max = Math.max(max, p.perThousand());
      }
    }
    double top = max == 0 ? 1 : max;
    List<Trend.Point> axis = series.getFirst().points();
    int n = axis.size();
    double step = n == 1 ? 0 : (WIDTH - LEFT - RIGHT) / (n - 1.0);
    List<Markup> lines = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      // A period with nothing held is a gap in the line, not a zero.
      List<Markup> parts = new ArrayList<>();
      List<String> xy = new ArrayList<>();
      List<Markup> dots = new ArrayList<>();
      List<Trend.Point> points = series.get(i).points();
      for (int j = 0; j <= points.size(); j++) {
        if (j == points.size() || points.get(j).articles() == 0) {
          if (!xy.isEmpty()) {
            parts.add(html("<polyline points=\"{}\"/>", String.join(" ", xy)));
            xy.clear();
          }
          continue;
        }
        double x = x(j, n, step);
        double y = TOP + (HEIGHT - TOP - BOTTOM) * (1 - points.get(j).perThousand() / top);
        xy.add(number(x) + "," + number(y));
        dots.add(
            html(
                "<circle cx=\"{}\" cy=\"{}\" r=\"3\"><title>{} {}：{} 篇（每千篇 {}）</title></circle>",
                number(x),
                number(y),
                series.get(i).paper(),
                points.get(j).period(),
                points.get(j).matching(),
                number(points.get(j).perThousand())));
      }
      lines.add(html("<g class=\"series s{}\">{}{}</g>", i % SERIES_STYLES, parts, dots));
    }
    List<Markup> labels = new ArrayList<>();
    int every = Math.max(1, n / 10);
    for (int j = 0; j < n; j += every) {
      labels.add(
          html(
              "<text x=\"{}\" y=\"{}\" class=\"tick\" text-anchor=\"middle\">{}</text>",
              number(x(j, n, step)),
              HEIGHT - 8,
              axis.get(j).period()));
    }
    return html(
        """
        <figure class="trend-chart">
        <svg viewBox="0 0 {} {}" role="img" aria-labelledby="trend-title">
        <title id="trend-title">“{}”每千篇文章中的篇数</title>
        <line class="axis" x1="{}" y1="{}" x2="{}" y2="{}"/>
        <text x="4" y="{}" class="tick">{}</text><text x="4" y="{}" class="tick">0</text>
        {}{}
        </svg>
        <figcaption>{}</figcaption>
        </figure>
        """,
        WIDTH,
        HEIGHT,
        trend.q(),
        LEFT,
        HEIGHT - BOTTOM,
        WIDTH,
        HEIGHT - BOTTOM,
        TOP + 4,
        number(top),
        HEIGHT - BOTTOM,
        lines,
        labels,
        legend(series));
  }

  private static double x(int index, int count, double step) {
    return count == 1 ? (LEFT + WIDTH - RIGHT) / 2.0 : LEFT + index * step;
  }

  private static Markup legend(List<Trend.Series> series) {
    List<Markup> items = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      items.add(
          html(
              "<span class=\"key s{}\">{}（共 {} 篇）</span>",
              i % SERIES_STYLES,
              series.get(i).paper(),
              series.get(i).matching()));
    }
    return Html.join(items);
  }

  private static Markup table(Trend trend) {
    List<Markup> rows = new ArrayList<>();
    for (Trend.Series s : trend.series()) {
      for (Trend.Point p : s.points()) {
        rows.add(
            html(
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                s.paper(),
                p.period(),
                p.matching(),
                p.articles(),
                number(p.perThousand())));
      }
    }
    return html(
        """
        <details class="trend-table"><summary>数据表</summary>
        <table><thead><tr><th scope="col">报纸</th><th scope="col">时段</th><th scope="col">篇数</th>\
        <th scope="col">馆藏文章</th><th scope="col">每千篇</th></tr></thead><tbody>{}</tbody></table>
        </details>
        """,
        rows);
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
