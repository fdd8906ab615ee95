package baoku.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.page.Image;
import baoku.page.Person;
import baoku.parse.ParserCues;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeopleCollectorTest {
  private final PeopleCollector collector =
      new PeopleCollector(Enrichment.NAMES, new Roles(Enrichment.CUES), ParserCues.standard());

  private static PeopleCollector.ArticlePeople article(
      List<String> authors, List<Image> images, Sighting... seen) {
    return new PeopleCollector.ArticlePeople(authors, images, List.of(seen));
  }

  @Test
  void mergesTitlesOfOnePersonAcrossThePageInOrder() {
    List<Person> people =
        collector.collect(
            List.of(
                article(List.of(), List.of(), new Sighting("王建国", 0, List.of("市委书记"))),
                article(
                    List.of(),
                    List.of(),
                    new Sighting("王建国", 5, List.of("市委书记", "领导小组组长")),
                    new Sighting("王建国", 30, List.of()))),
            "王建国");
    assertThat(people).containsExactly(new Person("王建国", "official", List.of("市委书记", "领导小组组长")));
  }

  @Test
  void bylinesAndPhotoCreditsNameReportersButNotSelfNamedBylines() {
    List<Person> people =
        collector.collect(
            List.of(
                article(List.of("付小红", "本报评论员"), List.of(new Image("图", "记者 李明 摄"))),
                article(List.of(), List.of(new Image("图", "某某区融媒体中心 供图")))),
            "");
    assertThat(people)
        .containsExactly(
            new Person("付小红", "reporter", List.of()), new Person("李明", "reporter", List.of()));
  }

  @Test
  void aNameWithABusinessTitleIsOtherAndOneWithoutAnyIsOther() {
    List<Person> people =
        collector.collect(
            List.of(
                article(
                    List.of(),
                    List.of(),
                    new Sighting("赵一鸣", 0, List.of("总经理")),
                    new Sighting("钱多多", 9, List.of()))),
            "");
    assertThat(people).extracting(Person::role).containsExactly("other", "other");
  }

  @Test
  void aNameCutShortIsMergedIntoTheFullName() {
    List<Person> people =
        collector.collect(
            List.of(
                article(
                    List.of(),
                    List.of(),
                    new Sighting("王晓", 0, List.of("省委书记")),
                    new Sighting("王晓晖", 9, List.of("省长")))),
            "省委书记王晓晖 省长王晓晖");
    assertThat(people).containsExactly(new Person("王晓晖", "official", List.of("省长", "省委书记")));
  }
}
