package baoku.parse.zone;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.parse.ParserCues;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylineParserTest {
  private final BylineParser parser = new BylineParser(ParserCues.standard());

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "■ 记者 倪琨|倪琨",
        "■ 本报评论员|本报评论员",
        "□ 本报记者 王小明 通讯员 李四|王小明,李四",
        "文/图 张三|张三",
        "文/本报记者 刘某|刘某",
        "记者 张三 李四 实习生 王五|张三,李四,王五",
        "● 记者付小惠|付小惠",
        "张三 摄|张三",
        "■ 特约评论员|特约评论员",
        "◆ 阿依·木合|阿依·木合",
      })
  void readsBylinesOnTheirOwnLine(String line, String authors) {
    Byline byline = parser.parseLine(line).orElseThrow();
    assertThat(byline.authors()).containsExactly(authors.split(","));
    assertThat(byline.dateline()).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "市委常委会召开会议",
        "记者了解到，在天和经济研究所发布的",
        "紧起来 动起来 跑起来",
        "精准定位发展高新技术产业",
        "乐山高新区融媒体中心 供图",
        "列短视频、宣传海报、",
        "宣传海报图",
        "文明城市",
      })
  void refusesLinesThatAreNotBylines(String line) {
    assertThat(parser.parseLine(line)).isEmpty();
  }

  @Test
  void readsTheOpeningOfAFirstParagraph() {
    Byline b = parser.parseOpening("本报讯（记者 付小惠 白建伟）昨（22）日上午，会议召开。").orElseThrow();
    assertThat(b.dateline()).isEqualTo("本报讯");
    assertThat(b.authors()).containsExactly("付小惠", "白建伟");
    assertThat(b.ownPhoto()).isFalse();
  }

  @Test
  void textAndPhotoByTheSameReporter() {
    Byline b = parser.parseOpening("本报讯（记者 唐诗敏 文/图）“我们公司的产品").orElseThrow();
    assertThat(b.authors()).containsExactly("唐诗敏");
    assertThat(b.ownPhoto()).isTrue();
  }

  @Test
  void agencyDatelineWithPlaceAndDate() {
    Byline b = parser.parseOpening("新华社北京7月22日电（记者 张三、李四）国务院新闻办公室22日举行发布会。").orElseThrow();
    assertThat(b.dateline()).isEqualTo("新华社北京7月22日电");
    assertThat(b.authors()).containsExactly("张三", "李四");
  }

  @Test
  void ownDatelineWithPlaceAndDate() {
    Byline b = parser.parseOpening("本报峨眉山7月22日讯（记者 王五 通讯员 赵六）近日，").orElseThrow();
    assertThat(b.dateline()).isEqualTo("本报峨眉山7月22日讯");
    assertThat(b.authors()).containsExactly("王五", "赵六");
  }

  @Test
  void spaceBetweenDatelineAndByline() {
    Byline b = parser.parseOpening("本报北京5月11日电  （记者 王浩、李晓明）记者从农业农村部获悉。").orElseThrow();
    assertThat(b.dateline()).isEqualTo("本报北京5月11日电");
    assertThat(b.authors()).containsExactly("王浩", "李晓明");
  }

  @Test
  void datelineWithoutByline() {
    Byline b = parser.parseOpening("本报讯 昨日，全市召开大会。").orElseThrow();
    assertThat(b.dateline()).isEqualTo("本报讯");
    assertThat(b.authors()).isEmpty();
  }

  @Test
  void anAsideInBracketsIsNoByline() {
    assertThat(parser.parseOpening("乐山市航达储能科技有限公司（下称：航达储能科技公司）总经理")).isEmpty();
  }

  @Test
  void knowsADatelineOpening() {
    assertThat(parser.opensWithDateline("本报讯（记者 张清）昨（22）")).isTrue();
    assertThat(parser.opensWithDateline("新华社成都7月1日电 记者")).isTrue();
    assertThat(parser.opensWithDateline("会议指出，要深入学习")).isFalse();
    assertThat(List.of()).isEmpty();
  }

  @Test
  void aCreditInBracketsClosingTheLastParagraph() {
    assertThat(parser.parseClosing("下一步，我市将继续完善农村路网，助力乡村振兴。（记者 何平）"))
        .hasValueSatisfying(b -> assertThat(b.authors()).containsExactly("何平"));
    assertThat(parser.parseClosing("活动吸引了众多市民参与。（本报记者 王五 通讯员 赵六）"))
        .hasValueSatisfying(b -> assertThat(b.authors()).containsExactly("王五", "赵六"));
  }

  @Test
  void bracketsThatCloseAParagraphWithoutACredit() {
    assertThat(parser.parseClosing("全年完成投资2.3亿元（含中央资金）")).isEmpty();
    assertThat(parser.parseClosing("会议由市长主持。（王五 赵六）")).isEmpty();
    assertThat(parser.parseClosing("市民在公园赏花。（记者 王五 摄）")).isEmpty();
    assertThat(parser.parseClosing("")).isEmpty();
  }

  @Test
  void aDatelineWithNamesReportedWithoutBrackets() {
    Byline b = parser.parseOpening("本报讯 记者张三报道 今年以来，城区新建口袋公园三处。").orElseThrow();
    assertThat(b.dateline()).isEqualTo("本报讯");
    assertThat(b.authors()).containsExactly("张三");
    Byline two = parser.parseOpening("本报讯 记者 王五 通讯员 赵六 报道：近日，").orElseThrow();
    assertThat(two.authors()).containsExactly("王五", "赵六");
  }

  @Test
  void aDatelineFollowedByOrdinaryTextNamesNoOne() {
    Byline b = parser.parseOpening("本报讯 记者从市住建局获悉，今年以来城区新建公园。").orElseThrow();
    assertThat(b.authors()).isEmpty();
  }

  @Test
  void bulletsOfOtherPapers() {
    assertThat(parser.parseLine("◎记者 李四 通讯员 王五"))
        .hasValueSatisfying(b -> assertThat(b.authors()).containsExactly("李四", "王五"));
    assertThat(parser.parseLine("▶ 记者 李四"))
        .hasValueSatisfying(b -> assertThat(b.authors()).containsExactly("李四"));
  }
}
