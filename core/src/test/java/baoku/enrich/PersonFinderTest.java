package baoku.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonFinderTest {
  private static List<String> names(String text) {
    return Enrichment.PEOPLE.find(text, Enrichment.TAGGER.tag(text)).stream()
        .map(Sighting::name)
        .toList();
  }

  @Test
  void believesAnUntitledNameWhereThePersonSpeaks() {
    assertThat(names("“今年收成不错。”张德明说。")).containsExactly("张德明");
  }

  @Test
  void believesAnUntitledNameThatTheTextDescribes() {
    assertThat(names("村民李桂芳种了三亩地。")).contains("李桂芳");
  }

  @Test
  void doesNotBelieveWordsThatMerelyLookLikeNames() {
    assertThat(names("省内重点风险地区人员“来乐即检”，突出做好保防疫、保畅通、保安全工作。")).isEmpty();
  }

  @Test
  void aListOfNamesSharesTheCueAtItsHead() {
    List<Sighting> seen =
        Enrichment.PEOPLE.find("市领导王建国、李秀英、张志强出席活动。", Enrichment.TAGGER.tag("市领导王建国、李秀英、张志强出席活动。"));
    assertThat(seen).extracting(Sighting::name).containsExactly("王建国", "李秀英", "张志强");
    assertThat(seen).allMatch(Sighting::official);
  }

  @Test
  void aTitledNameLendsBeliefToItsListNeighbours() {
    assertThat(names("区长刘德华、赵文卓等参加活动。")).containsExactly("刘德华", "赵文卓");
  }

  @Test
  void findsNamesNoCueIntroducesTransliteratedOnesToo() {
    assertThat(names("会议期间，古特雷斯与马克龙举行会谈，王沪宁陪同。")).contains("古特雷斯", "马克龙", "王沪宁");
  }

  @Test
  void formsOfAddressAndCollectiveNamesAreNoNames() {
    assertThat(names("李大妈说，杨女士和戴师傅都来了，老王也来了。习主席指出，党中央高度重视。")).isEmpty();
  }

  @Test
  void namesListedAfterAReportersWordAreReporters() {
    String text = "双方同意加强合作。（本报记者张光政、刘军国，人民网记者刘阳）";
    List<Sighting> seen = Enrichment.PEOPLE.find(text, Enrichment.TAGGER.tag(text));
    assertThat(seen).extracting(Sighting::name).containsExactly("张光政", "刘军国", "刘阳");
    assertThat(seen).allMatch(Sighting::reporter);
  }

  @Test
  void namesListedBeforeAWordOfReportingAreReporters() {
    String text = "病区运转有序。（李大勇、张旭航、刘远桥参与采写）";
    List<Sighting> seen = Enrichment.PEOPLE.find(text, Enrichment.TAGGER.tag(text));
    assertThat(seen).extracting(Sighting::name).containsExactly("李大勇", "张旭航", "刘远桥");
    assertThat(seen).allMatch(Sighting::reporter);
  }
}
