package baoku.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.ArticleId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each citation style and file, on an article made up here. */
class CitationFormatsTest {
  static final LocalDate DAY = LocalDate.of(2001, 2, 3);

  static Citation citation(String title, List<String> authors) {
    ArticleId id = ArticleId.parse("某某报/2001-02-03/4/5");
    return new Citation(
        id, title, authors, "某某报", DAY, 4, "http://h/x", "http://h/某某报/2001-02-03/4/5", null);
  }

  @Test
  void gbt7714NamesThreeAuthorsThenDeng() {
    assertThat(CitationFormats.gbt7714(citation("题名", List.of("甲", "乙"))))
        .isEqualTo("甲, 乙. 题名[N]. 某某报, 2001-02-03(4).");
    assertThat(CitationFormats.gbt7714(citation("题名", List.of("甲", "乙", "丙", "丁"))))
        .isEqualTo("甲, 乙, 丙, 等. 题名[N]. 某某报, 2001-02-03(4).");
    assertThat(CitationFormats.gbt7714(citation("题名", List.of())))
        .isEqualTo("题名[N]. 某某报, 2001-02-03(4).");
  }

  @Test
  void chicagoGivesTheDateInEnglishAndTheReadableAddress() {
    assertThat(CitationFormats.chicago(citation("题名", List.of("甲", "乙", "丙"))))
        .isEqualTo("甲, 乙, and 丙. “题名.” 某某报, February 3, 2001. http://h/某某报/2001-02-03/4/5.");
  }

  @Test
  void bibtexEscapesWhatItWouldReadAsCommands() {
    String entry = CitationFormats.bibtex(citation("50% {增长} & \\x", List.of("甲")));
    assertThat(entry)
        .startsWith("@article{某某报:2001-02-03:4:5,\n")
        .contains("author = {{甲}}")
        .contains("title = {{50\\% \\{增长\\} \\& \\textbackslash{}x}}")
        .contains("date = {2001-02-03}", "pages = {4}", "url = {http://h/x}")
        .endsWith("}\n");
  }

  @Test
  void risIsOneNewsRecordWithCrLfLines() {
    String ris = CitationFormats.ris(citation("题\n名", List.of("甲", "乙")));
    assertThat(ris.split("\r\n"))
        .containsExactly(
            "TY  - NEWS",
            "TI  - 题 名",
            "AU  - 甲",
            "AU  - 乙",
            "T2  - 某某报",
            "PY  - 2001",
            "DA  - 2001/02/03",
            "SP  - 4",
            "UR  - http://h/x",
            "LA  - zh",
            "ER  - ");
  }

  @Test
  void cslJsonIsANewspaperArticle() {
    Map<String, Object> item = CitationFormats.csl(citation("题名", List.of("甲")));
    assertThat(item)
        .containsEntry("type", "article-newspaper")
        .containsEntry("container-title", "某某报")
        .containsEntry("page", "4")
        .containsEntry("author", List.of(Map.of("literal", "甲")))
        .containsEntry("issued", Map.of("date-parts", List.of(List.of(2001, 2, 3))));
  }
}
