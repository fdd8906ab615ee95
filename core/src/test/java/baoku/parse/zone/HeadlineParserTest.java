package baoku.parse.zone;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.parse.ParserCues;
import baoku.parse.layout.ClassifiedLine;
import baoku.parse.layout.LineKind;
import baoku.parse.text.Line;
import baoku.parse.text.Widths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineParserTest {
  private final HeadlineParser parser = new HeadlineParser(ParserCues.standard());

  /** Lines of a headline; "" stands for a blank line before the next. */
  private static List<ClassifiedLine> lines(String... texts) {
    List<ClassifiedLine> out = new ArrayList<>();
    int blanks = 0;
    for (String t : texts) {
      if (t.isEmpty()) {
        blanks++;
        continue;
      }
      Line line = new Line(out.size(), t, false, blanks, Widths.of(t));
      out.add(new ClassifiedLine(line, LineKind.SHORT, false, false, null, null, t));
      blanks = 0;
    }
    return out;
  }

  @Test
  void kickerTitleSubtitle() {
    Headline h =
        parser.parse(lines("赵波主持召开会议强调", "", "冲刺三季度 决战四季度", "", "陈光浩讲话 陈扬杰出席"), Double.NaN);
    assertThat(h.kicker()).isEqualTo("赵波主持召开会议强调");
    assertThat(h.title()).isEqualTo("冲刺三季度 决战四季度");
    assertThat(h.subtitle()).isEqualTo("陈光浩讲话 陈扬杰出席");
  }

  @Test
  void titleAndSubtitleWithoutABlankBetween() {
    Headline h = parser.parse(lines("上半年全市进出口总额66.07亿元", "同比增长105.2%"), 17);
    assertThat(h.title()).isEqualTo("上半年全市进出口总额66.07亿元");
    assertThat(h.subtitle()).isEqualTo("同比增长105.2%");
  }

  @Test
  void aTitleOnTwoBalancedLinesIsOnePart() {
    Headline h = parser.parse(lines("硬招出手各个击破提速冲刺做实大盘", "奋力完成全年经济社会发展目标任务"), 17);
    assertThat(h.title()).isEqualTo("硬招出手各个击破提速冲刺做实大盘 奋力完成全年经济社会发展目标任务");
    assertThat(h.subtitle()).isNull();
  }

  @Test
  void aWrappedRemainderJoinsItsLine() {
    Headline h = parser.parse(lines("争当干将 「拼」出实", "绩"), 14);
    assertThat(h.title()).isEqualTo("争当干将 「拼」出实 绩");
  }

  @Test
  void kickerEndingInAColonOrSpeechVerb() {
    Headline h = parser.parse(lines("省委书记在调研时指出", "", "奋力推进高质量发展"), Double.NaN);
    assertThat(h.kicker()).isEqualTo("省委书记在调研时指出");
    assertThat(h.title()).isEqualTo("奋力推进高质量发展");
  }

  @Test
  void columnBannerAboveTheTitle() {
    Headline h = parser.parse(lines("紧起来 动起来 跑起来", "", "乐山高新区：加快形成新质生产力 增强发展新动能"), Double.NaN);
    assertThat(h.column()).isEqualTo("紧起来 动起来 跑起来");
    assertThat(h.title()).isEqualTo("乐山高新区：加快形成新质生产力 增强发展新动能");
  }

  @Test
  void bracketedColumn() {
    Headline h = parser.parse(lines("【乡村振兴进行时】", "", "稻田里的新农人"), Double.NaN);
    assertThat(h.column()).isEqualTo("乡村振兴进行时");
    assertThat(h.title()).isEqualTo("稻田里的新农人");
  }

  @Test
  void twoPhrasesFollowedByADashAreATitleNotAColumn() {
    Headline h = parser.parse(lines("同织安全网 共筑防火墙", "", "——我市网络安全宣传周综述"), Double.NaN);
    assertThat(h.column()).isNull();
    assertThat(h.title()).isEqualTo("同织安全网 共筑防火墙");
    assertThat(h.subtitle()).isEqualTo("——我市网络安全宣传周综述");
  }

  @Test
  void aShortTopicAboveALongerHeadlineIsItsKicker() {
    Headline h = parser.parse(lines("乡村振兴", "", "小山村变身网红打卡地"), Double.NaN);
    assertThat(h.kicker()).isEqualTo("乡村振兴");
    assertThat(h.title()).isEqualTo("小山村变身网红打卡地");
    assertThat(h.subtitle()).isNull();
  }

  @Test
  void aShortTitleAboveADashedSubtitleStaysTheTitle() {
    Headline h = parser.parse(lines("稳中求进", "", "——我市一季度经济运行综述"), Double.NaN);
    assertThat(h.title()).isEqualTo("稳中求进");
    assertThat(h.subtitle()).isEqualTo("——我市一季度经济运行综述");
  }
}
