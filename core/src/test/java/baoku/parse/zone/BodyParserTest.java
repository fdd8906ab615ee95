package baoku.parse.zone;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.parse.ParserCues;
import baoku.parse.layout.ClassifiedLine;
import baoku.parse.layout.ColumnWidths;
import baoku.parse.layout.Layout;
import baoku.parse.layout.LineClassifier;
import baoku.parse.text.Line;
import baoku.parse.text.TextNormalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyParserTest {
  private final ParserCues cues = ParserCues.standard();
  private final LineClassifier classifier =
      new LineClassifier(
          new JumpParser(cues),
          new BylineParser(cues),
          new CaptionParser(cues),
          cues.editorLines());
  private final BodyParser parser = new BodyParser();

  private Body parse(String text, Layout layout) {
    List<Line> lines = new TextNormalizer().lines(text);
    List<ClassifiedLine> classified = lines.stream().map(classifier::classify).toList();
    ColumnWidths widths =
        layout == Layout.EPAPER
            ? ColumnWidths.none(classified.size())
            : ColumnWidths.estimate(classified);
    return parser.parse(
        classified.stream().map(l -> new BodyPiece(l, false)).toList(), layout, widths);
  }

  @Test
  void epaperParagraphCutAtAColumnEdgeRunsOn() {
    Body body = parse("第一段说到一半要拼出\n\n项目新进展，全力以赴。\n\n第二段。\n", Layout.EPAPER);
    assertThat(body.paragraphs()).containsExactly("第一段说到一半要拼出项目新进展，全力以赴。", "第二段。");
  }

  @Test
  void columnLinesJoinWithNothingBetween() {
    String text =
        """
        会议指出，要深入学习贯彻习近平
        总书记来川视察对科技创新和制造业发
        展提出的重要要求，全面落实省第十二
        次党代会各项部署，抓住新一轮科技革
        命和产业变革的机遇。
        会议强调，要深入学习贯彻习近平
        总书记关于安全生产重要指示精神，全
        面落实党中央、国务院决策部署和省
        委、省政府部署要求，坚决扛起责任。
        """;
    Body body = parse(text, Layout.COLUMNS);
    assertThat(body.paragraphs()).hasSize(2);
    assertThat(body.paragraphs().get(0)).startsWith("会议指出，要深入学习贯彻习近平总书记来川视察").endsWith("机遇。");
    assertThat(body.paragraphs().get(1)).startsWith("会议强调").endsWith("坚决扛起责任。");
  }

  @Test
  void aFullStopAtTheColumnEdgeDoesNotEndTheParagraph() {
    String text =
        """
        会议强调，要深入学习贯彻习近平
        抓实突出问题整改，坚决防范各类事故发生。
        强化各领域安全生产监管和源头管控，
        严格落实安全要求。
        """;
    assertThat(parse(text, Layout.COLUMNS).paragraphs()).hasSize(1);
  }

  @Test
  void latinWordsKeepTheirSpaceAcrossALineBreak() {
    Body body = parse("储能产品变流器PCS、集装箱储能系统和\nBMS system等，通俗理解。\n", Layout.EPAPER);
    assertThat(body.paragraphs().get(0)).contains("系统和BMS system等");
  }

  @Test
  void removesJustificationSpacesOnly() {
    assertThat(BodyParser.unjustify("署 当 前 经 济 工 作 ， 强 调")).isEqualTo("署当前经济工作，强调");
    assertThat(BodyParser.unjustify("本报讯（记者 付小惠 白建伟）昨")).isEqualTo("本报讯（记者 付小惠 白建伟）昨");
    assertThat(BodyParser.unjustify("减少排放 38.9 万吨")).isEqualTo("减少排放 38.9 万吨");
  }

  @Test
  void subheadsStayInPlace() {
    List<Line> lines = new TextNormalizer().lines("第一段。\n小标题\n第二段。\n");
    List<ClassifiedLine> c = lines.stream().map(classifier::classify).toList();
    Body body =
        parser.parse(
            List.of(
                new BodyPiece(c.get(0), false),
                new BodyPiece(c.get(1), true),
                new BodyPiece(c.get(2), false)),
            Layout.EPAPER,
            ColumnWidths.none(3));
    assertThat(body.paragraphs()).containsExactly("第一段。", "小标题", "第二段。");
    assertThat(body.subheads()).containsExactly("小标题");
  }
}
