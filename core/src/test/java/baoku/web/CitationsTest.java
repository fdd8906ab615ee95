package baoku.web;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.ArchivedPage;
import baoku.archive.ArticleId;
import baoku.archive.PageId;
import baoku.page.Article;
import baoku.web.view.Links;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article's citation: meta tags, canonical and readable permalinks, the 引用 box and files. */
class CitationsTest {
  @TempDir static Path dir;
  static TestServer server;
  static ArchivedPage page;
  static ArticleId id;
  static Article article;
  static String origin;

  @BeforeAll
  static void start() {
    server = TestServer.withSamples(dir);
    page = server.archive.page(PageId.parse(TestServer.PAPER + "/2024-09-16/1")).orElseThrow();
    // The first article with a byline.
    int ordinal = 1;
    while (page.page().articles().get(ordinal - 1).authors().isEmpty()) {
      ordinal++;
    }
    id = page.articleId(ordinal);
    article = page.page().articles().get(ordinal - 1);
    origin = "http://127.0.0.1:" + server.server.port();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String body(String path) {
    HttpResponse<String> response = server.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

  @Test
  void theArticleCarriesCitationMetaTagsAndItsCanonicalAddress() {
    String html = body(Links.article(id));
    String head = html.substring(0, html.indexOf("</head>"));
    assertThat(head)
        .contains("<link rel=\"canonical\" href=\"" + origin + Links.article(id) + "\">")
        .contains("<meta name=\"citation_title\" content=\"" + article.title() + "\">")
        .contains(
            "<meta name=\"citation_author\" content=\"" + article.authors().getFirst() + "\">")
        .contains("<meta name=\"citation_journal_title\" content=\"" + TestServer.PAPER + "\">")
        .contains("<meta name=\"citation_publication_date\" content=\"2024/09/16\">")
        .contains("<meta name=\"citation_firstpage\" content=\"1\">");
  }

  @Test
  void thePermalinkIsAbsoluteAndReadable() {
    String readable = origin + "/" + TestServer.PAPER + "/2024-09-16/1/" + id.ordinal();
    assertThat(body(Links.article(id)))
        .contains("<p class=\"permalink\">永久链接 <a href=\"" + Links.article(id) + "\">" + readable);
  }

  @Test
  void theCiteBoxGivesGbt7714AndChicago() {
    String html = body(Links.article(id));
    assertThat(html)
        .contains("<h2 id=\"cite-heading\">引用</h2>")
        .contains(
            article.authors().getFirst()
                + ". "
                + article.title()
                + "[N]. "
                + TestServer.PAPER
                + ", 2024-09-16(1).")
        .contains("“" + article.title() + ".” " + TestServer.PAPER + ", September 16, 2024.");
  }

  @Test
  void citationFilesAreSavedUnderPaperDateAndPage() throws Exception {
    String base = Links.article(id);
    String bib = download(base + "/cite.bib", "application/x-bibtex", ".bib");
    assertThat(bib).startsWith("@article{").contains(article.title());
    String ris = download(base + "/cite.ris", "application/x-research-info-systems", ".ris");
    assertThat(ris).startsWith("TY  - NEWS\r\n").contains("TI  - " + article.title());
    String csl = download(base + "/cite.json", "application/vnd.citationstyles.csl+json", ".json");
    JsonNode item = new ObjectMapper().readTree(csl).get(0);
    assertThat(item.get("title").asText()).isEqualTo(article.title());
    assertThat(item.get("URL").asText()).isEqualTo(origin + Links.article(id));
  }

  @Test
  void articleAndPageComeAsPlainText() {
    String text = download(Links.article(id) + "/text.txt", "text/plain", ".txt");
    assertThat(text).startsWith(article.column() == null ? article.title() : article.column());
    article.paragraphs().forEach(paragraph -> assertThat(text).contains(paragraph));
    String whole = download(Links.page(page.id()) + "/text.txt", "text/plain", ".txt");
    page.page().articles().forEach(a -> assertThat(whole).contains(a.title()));
    assertThat(body(Links.page(page.id())))
        .contains("href=\"" + Links.page(page.id()) + "/text.txt\"");
  }

  @Test
  void unknownArticlesHaveNoCitation() {
    assertThat(server.get(Links.page(page.id()) + "/99/cite.bib").statusCode()).isEqualTo(404);
  }

  private static String download(String path, String type, String ending) {
    HttpResponse<String> response = server.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(type);
    String disposition = response.headers().firstValue("Content-Disposition").orElse("");
    String name =
        URLDecoder.decode(
            disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8);
    assertThat(name).startsWith(TestServer.PAPER + "-2024-09-16-第1版").endsWith(ending);
    return response.body();
  }
}
