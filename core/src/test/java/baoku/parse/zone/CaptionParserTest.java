package baoku.parse.zone;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.page.Image;
import baoku.parse.ParserCues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaptionParserTest {
  private final CaptionParser parser = new CaptionParser(ParserCues.standard());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "乐山高新区融媒体中心 供图",
        "记者 张三 摄",
        "张三 摄",
        "新华社记者 李四 摄",
        "（新华社记者 李四 摄）",
        "记者张三摄",
        "峨眉山景区管委会 提供",
        "王五 摄影",
      })
  void recognisesCredits(String line) {
    assertThat(parser.isCredit(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"乐山风光摄", "走进科技馆拍摄", "鸟瞰乐山高新区", "本报讯（记者 张三 摄）今天，"})
  void refusesWordsThatMerelyEndLikeCredits(String line) {
    assertThat(parser.isCredit(line)).isFalse();
  }

  @Test
  void stripsBracketsFromACredit() {
    assertThat(parser.credit("（新华社记者 李四 摄）")).contains("新华社记者 李四 摄");
  }

  @Test
  void takesBackTheBeginningOfAWrappedCredit() {
    Image image = parser.image("鸟瞰乐山高新区 乐山高新区融媒体中", "心 供图");
    assertThat(image.caption()).isEqualTo("鸟瞰乐山高新区");
    assertThat(image.credit()).isEqualTo("乐山高新区融媒体中心 供图");
  }

  @Test
  void captionAndCreditOnOneLine() {
    Image image = parser.captionLine("图为工人在车间作业。（记者 张三 摄）").orElseThrow();
    assertThat(image.caption()).isEqualTo("图为工人在车间作业。");
    assertThat(image.credit()).isEqualTo("记者 张三 摄");
    Image spaced = parser.captionLine("图为新建成的城际铁路。 新华社记者 李四 摄").orElseThrow();
    assertThat(spaced.caption()).isEqualTo("图为新建成的城际铁路。");
    assertThat(spaced.credit()).isEqualTo("新华社记者 李四 摄");
  }

  @Test
  void captionLineWithoutCredit() {
    assertThat(parser.captionLine("上图：江城夜景。"))
        .hasValueSatisfying(
            i -> {
              assertThat(i.caption()).isEqualTo("上图：江城夜景。");
              assertThat(i.credit()).isNull();
            });
  }

  @Test
  void runningTextIsNoCaptionLine() {
    assertThat(parser.captionLine("会议指出，要抓好落实。")).isEmpty();
    assertThat(parser.captionLine("本报讯（记者 张三 摄）今天，")).isEmpty();
    assertThat(parser.captionLine("图书馆今天开放，市民排队入场。")).isEmpty();
  }

  @Test
  void captionWithoutCredit() {
    Image image = parser.image("航达储能科技公司生产车间", null);
    assertThat(image.caption()).isEqualTo("航达储能科技公司生产车间");
    assertThat(image.credit()).isNull();
  }

  @Test
  void aSentenceWithAPhotographersCreditSetApartIsACaption() {
    Image image = parser.captionLine("6月1日，小朋友们在儿童公园参加游园活动。 本报记者 刘洋 摄").orElseThrow();
    assertThat(image.caption()).isEqualTo("6月1日，小朋友们在儿童公园参加游园活动。");
    assertThat(image.credit()).isEqualTo("本报记者 刘洋 摄");
  }

  @Test
  void runningTextIsNoCaptionWithoutACreditSetApart() {
    assertThat(parser.captionLine("6月1日，小朋友们在儿童公园参加游园活动。")).isEmpty();
    assertThat(parser.captionLine("6月1日，小朋友们在儿童公园参加游园活动，记者刘洋摄")).isEmpty();
  }

  @Test
  void creditsSetStraightAfterTheSentenceAndAgencyCredits() {
    Image fused = parser.captionLine("游客在博物馆参观。视觉中国供图").orElseThrow();
    assertThat(fused.caption()).isEqualTo("游客在博物馆参观。");
    assertThat(fused.credit()).isEqualTo("视觉中国供图");
    Image agency = parser.captionLine("图为游客在古镇游览。 新华社发").orElseThrow();
    assertThat(agency.credit()).isEqualTo("新华社发");
    assertThat(parser.captionLine("全市首张电子营业执照正式颁发")).isEmpty();
  }
}
