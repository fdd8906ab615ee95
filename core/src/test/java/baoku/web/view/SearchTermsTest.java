package baoku.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.web.view.Html.Markup;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which words of a query are marked in the text it finds, and how. */
class SearchTermsTest {
  @Test
  void wordsPhrasesAndTextFieldsAreTermsButNotOperatorsExclusionsOrKeywords() {
    assertThat(SearchTerms.of("颗粒硅 \"新质 生产力\" title:投产 (光伏 OR 硅料) NOT 广告 -启事 author:张清 genre:消息"))
        .containsExactlyInAnyOrder("颗粒硅", "新质 生产力", "投产", "光伏", "硅料");
    assertThat(SearchTerms.of(null)).isEmpty();
    assertThat(SearchTerms.of("AND OR NOT")).isEmpty();
  }

  @Test
  void longerTermsComeFirst() {
    assertThat(SearchTerms.of("乐山 乐山日报")).containsExactly("乐山日报", "乐山");
  }

  @Test
  void marksTextButNeverInsideATag() {
    Markup marked =
        SearchTerms.mark(
            new Markup("<a href=\"/people/乐山\" title=\"乐山\">乐山日报</a>在乐山"), List.of("乐山日报", "乐山"));
    assertThat(marked.html())
        .isEqualTo(
            "<a href=\"/people/乐山\" title=\"乐山\"><mark class=\"term\">乐山日报</mark></a>"
                + "在<mark class=\"term\">乐山</mark>");
  }

  @Test
  void marksLatinLettersWhateverTheirCaseAndEscapedText() {
    assertThat(SearchTerms.mark(new Markup("5G &amp; 5g"), List.of("5g", "&")).html())
        .isEqualTo(
            "<mark class=\"term\">5G</mark> <mark class=\"term\">&amp;</mark> "
                + "<mark class=\"term\">5g</mark>");
  }
}
