package baoku.web;

import static baoku.web.TestServer.enc;
import static org.assertj.core.api.Assertions.assertThat;

import baoku.page.Article;
import baoku.page.Image;
import baoku.page.Issue;
import baoku.page.OtherBlock;
import baoku.page.Page;
import baoku.page.TitleSource;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page whose text holds HTML and script is stored as any other and shown as text, inert. */
class XssTest {
  static final String SCRIPT = "<script>alert('xss')</script>";
  static final String IMG = "<img src=x onerror=\"alert(1)\">";
  static final String PAPER = "恶报<b>粗体"; // a paper's name holds no slash
  static final LocalDate DATE = LocalDate.of(2023, 3, 1);

  @TempDir static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() {
    Article article =
        new Article(
            "引题" + SCRIPT,
            "标题" + SCRIPT + "恶意标题",
            "副题" + IMG,
            "栏目</p><p>",
            List.of("作者" + SCRIPT),
            "本报讯" + IMG,
            "news\"><script>alert(2)</script>",
            List.of(
                "本报讯" + IMG + "正文第一段恶意内容" + SCRIPT,
                "小标题" + SCRIPT,
                "第三段 & <a href=javascript:x>链接</a>"),
            List.of("小标题" + SCRIPT),
            List.of(new Image("图片说明" + SCRIPT, "摄影" + IMG)),
            2,
            null,
            TitleSource.PRINTED);
    Article second =
        new Article(
            null,
            "第二篇" + SCRIPT,
            null,
            null,
            List.of(),
            null,
            "news",
            List.of("恶意内容"),
            null,
            null,
            null,
            null,
            TitleSource.PRINTED);
    Issue issue =
        new Issue(
            PAPER,
            "EVIL</title>",
            DATE,
            "星期三" + SCRIPT,
            "二月初十" + IMG,
            "主办" + SCRIPT,
            null,
            "CN" + IMG,
            null,
            4,
            1);
    Page page =
        new Page(
            "evil.txt",
            issue,
            1,
            "报头" + SCRIPT,
            List.of(new OtherBlock("advertisement", "广告" + SCRIPT)),
            List.of(article, second),
            List.of());
    server = TestServer.withSamples(dir, page);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String html(String path) {
    HttpResponse<String> response = server.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

  static void assertInert(String html) {
    String lower = html.toLowerCase(Locale.ROOT);
    assertThat(lower).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>");
    assertThat(lower).doesNotContain("onerror=\"").doesNotContain("<a href=javascript");
    assertThat(html).doesNotContain("</p><p>栏目").doesNotContain("\"><script");
  }

  @Test
  void everyPageShowsTheTagsAsText() {
    String p = "/" + enc(PAPER);
    for (String path :
        List.of(
            "/",
            p,
            p + "?month=2023-03",
            p + "/2023-03-01",
            p + "/2023-03-01/1",
            p + "/2023-03-01/1/1",
            p + "/2023-03-01/1/2",
            "/search?q=" + enc("恶意"),
            "/search?q=" + enc("恶意") + "&paper=" + enc(PAPER),
            "/search?author=" + enc("作者" + SCRIPT))) {
      assertInert(html(path));
    }
    String article = html(p + "/2023-03-01/1/1");
    assertThat(article).contains("标题&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;恶意标题");
    assertThat(article).contains("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  }

  @Test
  void searchSnippetsKeepOnlyTheirMarks() {
    String result = html("/search?q=" + enc("恶意"));
    assertThat(result).contains("<mark>");
    assertInert(result);
  }

  @Test
  void whatTheReaderTypesIsEscapedToo() {
    String typed = "'><script>alert(3)<script> 恶意";
    HttpResponse<String> response = server.get("/search?q=" + enc(typed));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertInert(response.body());
    assertThat(response.body())
        .contains("value=\"&#39;&gt;&lt;script&gt;alert(3)&lt;script&gt; 恶意\"");
    HttpResponse<String> unreadable =
        server.get("/search?q=" + enc("\"><script>alert(4)</script>"));
    assertThat(unreadable.statusCode()).isEqualTo(400);
    assertInert(unreadable.body());
    assertThat(unreadable.body())
        .contains("value=\"&quot;&gt;&lt;script&gt;alert(4)&lt;/script&gt;\"");
    HttpResponse<String> notFound = server.get("/" + enc("<script>x</script>"));
    assertThat(notFound.statusCode()).isEqualTo(404);
    assertInert(notFound.body());
  }

  @Test
  void theApiGivesTheTextAsJsonData() {
    HttpResponse<String> response =
        server.get("/api/v1/articles/" + enc(PAPER) + "/2023-03-01/1/1");
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }
}
