package baoku.web.view;

import static baoku.web.view.Html.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void textIsEscapedAndMarkupIsNot() {
    assertThat(html("<p title=\"{}\">{}</p>", "a\"b'c", "<b>&</b>").html())
        .isEqualTo("<p title=\"a&quot;b&#39;c\">&lt;b&gt;&amp;&lt;/b&gt;</p>");
    assertThat(html("<div>{}</div>", html("<i>{}</i>", "<")).html())
        .isEqualTo("<div><i>&lt;</i></div>");
  }

  @Test
  void nullsAreLeftOutAndListsJoined() {
    assertThat(html("[{}]", (Object) null).html()).isEqualTo("[]");
    assertThat(html("<ul>{}</ul>", List.of(html("<li>1</li>"), html("<li>{}</li>", "<"))).html())
        .isEqualTo("<ul><li>1</li><li>&lt;</li></ul>");
    assertThat(html("{}", Stream.of(html("a"), null, html("b"))).html()).isEqualTo("ab");
    assertThat(html("{}", 12).html()).isEqualTo("12");
  }

  @Test
  void holesAndArgumentsMustAgree() {
    assertThatThrownBy(() -> html("{}{}", "one")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> html("{}", "one", "two")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void snippetsKeepMarksAndNothingElse() {
    assertThat(Html.snippet("乐山<mark>颗粒</mark>硅 &amp; 光伏").html())
        .isEqualTo("乐山<mark>颗粒</mark>硅 &amp; 光伏");
    assertThat(Html.snippet("<mark>x</mark><script>alert(1)</script><mark onclick=1>").html())
        .isEqualTo("<mark>x</mark>&lt;script&gt;alert(1)&lt;/script&gt;&lt;mark onclick=1&gt;");
    assertThat(Html.snippet("\u0000m\u0000").html()).isEqualTo("m");
    assertThat(Html.snippet(null).html()).isEmpty();
  }

  @Test
  void linksEncodeNamesAndQueries() {
    assertThat(Links.paper("乐山日报")).isEqualTo("/%E4%B9%90%E5%B1%B1%E6%97%A5%E6%8A%A5");
    assertThat(Links.paper("a b?")).isEqualTo("/a%20b%3F");
    var params = new java.util.LinkedHashMap<String, String>();
    params.put("q", "a&b c");
    params.put("year", "2022");
    params.put("page", null);
    assertThat(Links.search(params)).isEqualTo("/search?q=a%26b+c&year=2022");
    assertThat(Links.search(java.util.Map.of())).isEqualTo("/search");
  }
}
