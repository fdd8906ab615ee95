package baoku.archive.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baoku.archive.analysis.ChineseAnalyzers;
import baoku.archive.lucene.QueryLanguage;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.SynonymQuery;
import org.junit.jupiter.api.Test;

/** The embedded store's parse, rewritten for the cluster clause by clause. */
class QueryTranslatorTest {
  private static final QueryLanguage LANGUAGE = new QueryLanguage(new ChineseAnalyzers());
  private final QueryTranslator translator = new QueryTranslator();

  private String translate(String query) {
    return translator.translate(LANGUAGE.parse(query)).toJsonString();
  }

  @Test
  void aWordIsABigramPhraseThatMustMatchAndAHeadlineWordPhraseThatScores() {
    String json = translate("颗粒硅");

    assertThat(json)
        .contains("\"title\":{\"analyzer\":\"baoku_terms\",\"query\":\"颗粒\\u001f粒硅\"}")
        .contains("\"body\":{\"analyzer\":\"baoku_terms\",\"query\":\"颗粒\\u001f粒硅\"}")
        .contains("\"boost\":2.0")
        .contains("\"title_words\":{\"analyzer\":\"baoku_terms\",\"query\":\"颗粒\\u001f硅\"}")
        .doesNotContain("body_words") // bodies are ranked by their bigrams alone
        .doesNotContain("[]");
  }

  @Test
  void queriesAreFoldedBeforeTheyAreSent() {
    assertThat(translate("陳光浩")).isEqualTo(translate("陈光浩"));
    assertThat(translate("author:張清")).contains("\"author_keys\":{\"value\":\"张清\"}");
  }

  @Test
  void onlyNegativeClausesMatchNothingAsInTheEmbeddedStore() {
    assertThat(translate("NOT 马波")).contains("\"adjust_pure_negative\":false");
    assertThat(translator.translate(new BooleanQuery.Builder().build()).toJsonString())
        .contains("match_none");
  }

  @Test
  void aBlankQueryMatchesAll() {
    assertThat(translate("")).contains("match_all");
  }

  @Test
  void aQueryItCannotExpressIsAnErrorNotAGuess() {
    SynonymQuery synonyms = new SynonymQuery.Builder("title").build();
    assertThatThrownBy(() -> translator.translate(synonyms))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no cluster form");
  }
}
