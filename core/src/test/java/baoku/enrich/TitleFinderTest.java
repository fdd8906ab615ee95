package baoku.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleFinderTest {
  private static List<TitledName> find(String text) {
    List<Token> words = Enrichment.TAGGER.tag(text);
    return Enrichment.TITLES.find(text, words, Enrichment.NAME_MODEL.find(text, words));
  }

  private static List<String> titlesOf(String text, String name) {
    return find(text).stream()
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not found in " + find(text)))
        .titles();
  }

  @Test
  void splitsAChainOfTitlesAtTheEnumerationComma() {
    assertThat(titlesOf("会议由市委副书记、市长王建国主持。", "王建国")).containsExactly("市委副书记", "市长");
  }

  @Test
  void keepsTheScopeOfEachTitleAsPrinted() {
    assertThat(titlesOf("县人大常委会党组书记、主任李秀英出席会议。", "李秀英")).containsExactly("县人大常委会党组书记", "主任");
    assertThat(titlesOf("区委常委、宣传部部长周志刚讲话。", "周志刚")).containsExactly("区委常委", "宣传部部长");
    assertThat(titlesOf("县政协党组书记、主席何建平出席。", "何建平")).containsExactly("县政协党组书记", "主席");
  }

  @Test
  void keepsAPrefixTheSegmenterCutOff() {
    assertThat(titlesOf("市委常委、常务副市长吴建军主持会议。", "吴建军")).containsExactly("市委常委", "常务副市长");
  }

  @Test
  void readsBodiesOfAnyLevel() {
    assertThat(titlesOf("据市气象局局长赵志刚介绍，汛期降雨偏多。", "赵志刚")).containsExactly("市气象局局长");
    assertThat(titlesOf("村党支部书记刘洪涛说，村里修了新路。", "刘洪涛")).containsExactly("村党支部书记");
  }

  @Test
  void stopsTheScopeAtVerbsAndConjunctions() {
    assertThat(titlesOf("传达学习省委书记刘志强的讲话精神。", "刘志强")).containsExactly("省委书记");
    assertThat(titlesOf("听取了报告和省委副书记、省长孙立军的讲话。", "孙立军")).containsExactly("省委副书记", "省长");
  }

  @Test
  void readsATitlePrintedAfterTheName() {
    assertThat(titlesOf("深入学习贯彻习近平总书记重要讲话精神。", "习近平")).containsExactly("总书记");
  }

  @Test
  void findsNoNameWhereAVerbFollowsTheTitle() {
    assertThat(find("市长主持会议并讲话。")).isEmpty();
    assertThat(find("总书记来川视察。")).isEmpty();
  }

  @Test
  void givesTheOffsetOfTheName() {
    String text = "当天，市委书记张建华主持会议。";
    TitledName found = find(text).get(0);
    assertThat(text.substring(found.start(), found.end())).isEqualTo("张建华");
  }

  @Test
  void keepsTheOrganisationOfATitleAbroadAsPrinted() {
    assertThat(titlesOf("会见了俄罗斯总统普京。", "普京")).containsExactly("俄罗斯总统");
    assertThat(titlesOf("老挝卫生部长本贡表示感谢。", "本贡")).containsExactly("老挝卫生部长");
    assertThat(titlesOf("据云南省公安厅大数据专家组组长刘跃文介绍。", "刘跃文")).containsExactly("云南省公安厅大数据专家组组长");
  }

  @Test
  void splitsPostsJoinedBy兼() {
    assertThat(titlesOf("国务委员兼外长王毅出席。", "王毅")).containsExactly("国务委员", "外长");
  }

  @Test
  void stopsTheScopeAtALineBreakOrASpace() {
    assertThat(titlesOf("新华社北京2月1日电　中共中央总书记习近平指出。", "习近平")).containsExactly("中共中央总书记");
  }

  @Test
  void keepsAnOrdinalPrefixAndABodysNameJoinedBy与() {
    assertThat(titlesOf("塞尔维亚第一副总理兼外长达契奇访华。", "达契奇")).containsExactly("塞尔维亚第一副总理", "外长");
    assertThat(titlesOf("东盟工程与技术科学院主席蔡贤德表示。", "蔡贤德")).containsExactly("东盟工程与技术科学院主席");
  }

  @Test
  void readsTitlesInAppositionAfterTheName() {
    assertThat(titlesOf("会上，孙春兰（国务院副总理）指出。", "孙春兰")).containsExactly("国务院副总理");
    assertThat(titlesOf("记者见到了王毅，国务委员兼外长，他表示。", "王毅")).containsExactly("国务委员", "外长");
  }
}
