package baoku.parse.zone;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.page.Issue;
import baoku.parse.ParserCues;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MastheadParserTest {
  private final MastheadParser parser = new MastheadParser(ParserCues.standard());

  @Test
  void readsAFrontPageMastheadOneFieldALine() {
    Masthead m =
        parser.parse(
            List.of(
                "江城晚报",
                "JIANGCHENG EVENING NEWS",
                "2023年1月2日",
                "星期一",
                "农历壬寅年十二月十一",
                "中共江城市委机关报",
                "江城日报社出版",
                "国内统一连续出版物号",
                "CN 12-3456",
                "邮发代号 7-89",
                "今日16版",
                "总第9876期"));
    Issue issue = m.issue();
    assertThat(issue.paper()).isEqualTo("江城晚报");
    assertThat(issue.paperEn()).isEqualTo("JIANGCHENG EVENING NEWS");
    assertThat(issue.date()).isEqualTo(LocalDate.of(2023, 1, 2));
    assertThat(issue.weekday()).isEqualTo("星期一");
    assertThat(issue.lunarDate()).isEqualTo("农历壬寅年十二月十一");
    assertThat(issue.organ()).isEqualTo("中共江城市委机关报");
    assertThat(issue.publisher()).isEqualTo("江城日报社");
    assertThat(issue.issnCn()).isEqualTo("CN 12-3456");
    assertThat(issue.postalCode()).isEqualTo("7-89");
    assertThat(issue.pageCount()).isEqualTo(16);
    assertThat(issue.serial()).isEqualTo(9876);
    assertThat(m.text()).startsWith("江城晚报 JIANGCHENG EVENING NEWS 2023年1月2日");
  }

  @Test
  void aSectionLetterBeforeThePageNumberIsDropped() {
    Masthead m = parser.parse(List.of("都市晚报", "2021年10月08日 星期五", "第A05版：城事"));
    assertThat(m.page()).isEqualTo(5);
    assertThat(m.issue().date()).isEqualTo(LocalDate.of(2021, 10, 8));
  }

  @Test
  void aFolioAtEitherEndOfAHeaderLineIsThePage() {
    assertThat(parser.parse(List.of("2022年6月1日 星期三 责任编辑：王强 3")).page()).isEqualTo(3);
    assertThat(parser.parse(List.of("12 2022年6月1日 星期三")).page()).isEqualTo(12);
    assertThat(parser.parse(List.of("今日8版 总第5120期")).page()).isNull();
  }

  @Test
  void readsAnInnerPageHeaderOnOneLine() {
    Masthead m = parser.parse(List.of("江城日报 2023年1月2日 星期一 第3版 要闻"));
    assertThat(m.issue().paper()).isEqualTo("江城日报");
    assertThat(m.issue().date()).isEqualTo(LocalDate.of(2023, 1, 2));
    assertThat(m.page()).isEqualTo(3);
  }

  @Test
  void knowsMastheadLinesFromHeadlinesAndText() {
    assertThat(parser.isMastheadLine("乐山日报")).isTrue();
    assertThat(parser.isMastheadLine("国内统一连续出版物号 CN 51-0011")).isTrue();
    assertThat(parser.isMastheadLine("责任编辑：张三 美编：李四")).isTrue();
    assertThat(parser.isMastheadLine("市委常委会召开会议")).isFalse();
    assertThat(parser.isMastheadLine("2024年9月9日，全市召开大会。")).isFalse();
    assertThat(parser.isMastheadLine("LSCB 乐山市商业银行")).isFalse();
  }

  @Test
  void readsANationalDailysMastheadForms() {
    Masthead m =
        parser.parse(
            List.of(
                "人民日报",
                "RENMIN RIBAO",
                "二〇二四年九月十六日 星期一",
                "甲辰年八月十四",
                "人民日报社出版",
                "国内统一连续出版物号 CN 11-0065",
                "代号1-1",
                "第27447期"));
    assertThat(m.issue().date()).isEqualTo(LocalDate.of(2024, 9, 16));
    assertThat(m.issue().lunarDate()).isEqualTo("甲辰年八月十四");
    assertThat(m.issue().postalCode()).isEqualTo("1-1");
    assertThat(m.issue().serial()).isEqualTo(27447);
    assertThat(m.issue().publisher()).isEqualTo("人民日报社");
    assertThat(m.issue().issnCn()).isEqualTo("CN 11-0065");
  }

  @Test
  void chineseNumerals() {
    assertThat(ChineseNumerals.parse("二〇二四")).isEqualTo(2024);
    assertThat(ChineseNumerals.parse("十六")).isEqualTo(16);
    assertThat(ChineseNumerals.parse("三十一")).isEqualTo(31);
    assertThat(ChineseNumerals.parse("九")).isEqualTo(9);
    assertThat(ChineseNumerals.parse("12")).isEqualTo(12);
  }

  @Test
  void anImpossibleDateIsNotADate() {
    assertThat(parser.parse(List.of("2023年2月30日")).issue().date()).isNull();
  }

  @Test
  void aPageNamedAfterItsNumberInAHeaderLine() {
    assertThat(parser.parse(List.of("03版：要闻  责任编辑：孙丽  美编：钱军")).page()).isEqualTo(3);
    assertThat(parser.parse(List.of("A12版：体育")).page()).isEqualTo(12);
    assertThat(parser.isMastheadLine("03版：要闻  责任编辑：孙丽")).isTrue();
  }

  @Test
  void aPaperNameBeforeTheDateOnlyAtTheStartOfTheLine() {
    assertThat(parser.parse(List.of("人民日报 2025年04月08日 第 04 版")).issue().paper()).isEqualTo("人民日报");
    assertThat(parser.parse(List.of("2025年04月08日 人民日报")).issue().paper()).isNull();
  }
}
