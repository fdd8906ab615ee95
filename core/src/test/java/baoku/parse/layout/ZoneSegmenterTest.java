package baoku.parse.layout;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.parse.ParserCues;
import baoku.parse.text.TextNormalizer;
import baoku.parse.zone.BylineParser;
import baoku.parse.zone.CaptionParser;
import baoku.parse.zone.JumpParser;
import baoku.parse.zone.MastheadParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZoneSegmenterTest {
  private final ParserCues cues = ParserCues.standard();
  private final CaptionParser captions = new CaptionParser(cues);
  private final ZoneSegmenter segmenter =
      new ZoneSegmenter(
          new LineClassifier(
              new JumpParser(cues), new BylineParser(cues), captions, cues.editorLines()),
          new MastheadParser(cues),
          captions);

  private Segmentation segment(String text) {
    return segmenter.segment(new TextNormalizer().lines(text));
  }

  private static List<BlockKind> kinds(Segmentation s) {
    return s.blocks().stream().map(Block::kind).toList();
  }

  @Test
  void mastheadThenHeadlineBylineBody() {
    Segmentation s =
        segment("江城日报\n2023年3月6日\n\n新馆开放\n\n■ 记者 张三\n\n市文化馆新馆昨日开放，首日接待观众三千余人次，广受好评。\n");
    assertThat(s.masthead()).containsExactly("江城日报", "2023年3月6日");
    assertThat(kinds(s)).containsExactly(BlockKind.HEADLINE, BlockKind.BYLINE, BlockKind.BODY);
    assertThat(s.layout()).isEqualTo(Layout.EPAPER);
  }

  @Test
  void aCaptionWithItsCreditStaysInsideTheBodyItInterrupts() {
    Segmentation s =
        segment("新馆设有展厅、剧场和图书阅览区，全天免费开放，市民可以在周末带着孩子\n\n新馆一角\n\n记者 张三 摄\n\n前来参观学习，感受文化氛围。\n");
    assertThat(kinds(s)).containsExactly(BlockKind.BODY);
    Block body = s.blocks().get(0);
    assertThat(body.lines()).hasSize(2);
    assertThat(body.images())
        .singleElement()
        .satisfies(i -> assertThat(i.caption()).isEqualTo("新馆一角"));
  }

  @Test
  void aJumpLineClosesTheBodyAndRecordsThePage() {
    Segmentation s = segment("全市共有二十三个重点项目集中开工，总投资超过一百亿元。\n（下转第3版）\n另一篇文章开始了，内容如下。\n");
    assertThat(kinds(s)).containsExactly(BlockKind.BODY, BlockKind.BODY);
    assertThat(s.blocks().get(0).continuedOn()).isEqualTo(3);
  }

  @Test
  void aDatelineAfterAFinishedParagraphOpensANewBody() {
    Segmentation s = segment("第一篇文章写完了，全文结束。\n本报讯（记者 李四）第二篇文章开始，内容如下。\n");
    assertThat(kinds(s)).containsExactly(BlockKind.BODY, BlockKind.BODY);
  }

  @Test
  void columnLinesWithoutPunctuationContinueAnOpenSentence() {
    Segmentation s =
        segment(
            """
            会议指出，要深入学习贯彻习近平
            总书记来川视察对科技创新和制造业发
            展提出的重要要求，全面落实省第十二
            次党代会各项部署，抓住新一轮科技革

            命和产业变革的机遇，实施园区能级提
            升工程，培育壮大五大产业集群。
            """);
    assertThat(s.layout()).isEqualTo(Layout.COLUMNS);
    assertThat(kinds(s)).containsExactly(BlockKind.BODY);
    assertThat(s.blocks().get(0).lines()).hasSize(6);
  }

  @Test
  void editorsCreditsAreTheirOwnZone() {
    Segmentation s = segment("文章内容写在这里，到此结束。\n\n责任编辑：孙丽 校对：王五\n");
    assertThat(kinds(s)).containsExactly(BlockKind.BODY, BlockKind.OTHER);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "本版责编：张三  王五",
        "责任编辑：孙丽 美编：钱军",
        "编辑：李四、赵六 校对：王五",
        "（责任编辑：赵六）",
        "责任编辑：孙丽 | 美编：钱军",
        "版式设计：赵敏  校对：钱程",
        "美术编辑：周琳"
      })
  void editorsCreditsInTheFormsPapersPrint(String line) {
    Segmentation s = segment("文章内容写在这里，到此结束。\n\n" + line + "\n");
    assertThat(kinds(s)).containsExactly(BlockKind.BODY, BlockKind.OTHER);
  }

  @Test
  void aSentenceAboutAnEditorIsNoCredit() {
    Segmentation s = segment("文章内容写在这里，到此结束。\n\n编辑：这是一段很长的说明文字，并不是署名\n");
    assertThat(kinds(s)).doesNotContain(BlockKind.OTHER);
  }
}
