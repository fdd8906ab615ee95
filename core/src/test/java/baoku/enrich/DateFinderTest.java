package baoku.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.page.DateMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {
  private final DateFinder dates = new DateFinder(DateCues.standard());

  private DateMention only(String text, String issue) {
    List<DateMention> found = dates.find(text, LocalDate.parse(issue));
    assertThat(found).as("dates in %s", text).hasSize(1);
    return found.get(0);
  }

  @ParameterizedTest(name = "{0} in the {1} issue is {3}..{4}")
  @CsvSource({
    // text, issue date, the words found, from, to
    "本报讯 昨（22）日上午，会议召开。, 2022-07-23, 昨（22）日上午, 2022-07-22, 2022-07-22",
    "昨日，会议召开。, 2022-07-23, 昨日, 2022-07-22, 2022-07-22",
    "今天下午举行仪式。, 2022-07-23, 今天下午, 2022-07-23, 2022-07-23",
    "9月14日，会议召开。, 2024-09-16, 9月14日, 2024-09-14, 2024-09-14",
    "7月 22日，仪式举行。, 2022-07-23, 7月 22日, 2022-07-22, 2022-07-22",
    "7月21日晚间，公司发布公告。, 2022-07-23, 7月21日晚间, 2022-07-21, 2022-07-21",
    "今年以来，全市上下坚定信心。, 2022-07-23, 今年, 2022-01-01, 2022-12-31",
    "去年以来实施改造。, 2024-09-16, 去年, 2023-01-01, 2023-12-31",
    "分析上半年经济运行情况。, 2022-07-23, 上半年, 2022-01-01, 2022-06-30",
    "1至6月，全市进出口总额66亿元。, 2022-07-23, 1至6月, 2022-01-01, 2022-06-30",
    "1月至6月，出口增长。, 2022-07-23, 1月至6月, 2022-01-01, 2022-06-30",
    "今年下半年产值将达2亿元。, 2022-07-23, 今年下半年, 2022-07-01, 2022-12-31",
    "预计在2023年下半年迁至园区。, 2022-07-23, 2023年下半年, 2023-07-01, 2023-12-31",
    "冲刺三季度。, 2024-09-16, 三季度, 2024-07-01, 2024-09-30",
    "第三季度全省会议。, 2022-07-23, 第三季度, 2022-07-01, 2022-09-30",
    "9月9日—9月15日，宣传周举行。, 2024-09-16, 9月9日—9月15日, 2024-09-09, 2024-09-15",
    "2024年9月16日出版。, 2024-09-20, 2024年9月16日, 2024-09-16, 2024-09-16",
    "力争到2027年实现倍增。, 2024-09-16, 2027年, 2027-01-01, 2027-12-31",
    "车间已于六月正式投用。, 2022-07-23, 六月, 2022-06-01, 2022-06-30",
    "设备将在七月底到位。, 2022-07-23, 七月底, 2022-07-01, 2022-07-31",
  })
  void resolvesEachForm(String text, String issue, String words, String from, String to) {
    DateMention found = only(text, issue);
    assertThat(found.text()).isEqualTo(words);
    assertThat(text.substring(found.start(), found.end())).isEqualTo(words);
    assertThat(found.from()).isEqualTo(from);
    assertThat(found.to()).isEqualTo(to);
  }

  @ParameterizedTest(name = "{0} in the {1} issue is {2}")
  @CsvSource({
    // month and year boundaries
    "昨日, 2023-01-01, 2022-12-31",
    "昨（31）日, 2023-01-01, 2022-12-31",
    "昨（31）日, 2022-08-01, 2022-07-31",
    "昨（28）日, 2024-03-01, 2024-02-28",
    "昨（29）日, 2024-03-01, 2024-02-29",
    "12月30日, 2023-01-02, 2022-12-30",
    "1月2日, 2022-12-30, 2023-01-02",
    "前天, 2024-03-01, 2024-02-28",
    "明天, 2024-12-31, 2025-01-01",
  })
  void resolvesAcrossMonthAndYearBoundaries(String text, String issue, String day) {
    DateMention found = only(text, issue);
    assertThat(found.from()).isEqualTo(day);
    assertThat(found.to()).isEqualTo(day);
  }

  @Test
  void thePrintedDayWinsOverTheCountedOne() {
    // A weekend issue writes of Friday as 昨（20）日 though the day before is Saturday.
    assertThat(only("昨（20）日，会议召开。", "2024-09-22").from()).isEqualTo("2024-09-20");
  }

  @Test
  void statisticsUpToAMonthAfterTheIssueAreLastYears() {
    assertThat(only("1至11月，全市增长。", "2023-01-10").from()).isEqualTo("2022-01-01");
  }

  @Test
  void durationsAndCountsAreNoDates() {
    assertThat(dates.find("还有3个多月时间，30日内办结，成立40周年。", LocalDate.parse("2024-09-16"))).isEmpty();
  }

  @Test
  void daysAndMonthsNoCalendarHoldsAreNoDates() {
    // Misprints and counts: no such day in any year near the issue, no thirteenth month.
    assertThat(dates.find("9月82日，2月30日，13月5日，1至13月。", LocalDate.parse("2024-09-16"))).isEmpty();
    assertThat(DateFinder.nearest(LocalDate.parse("2024-09-16"), 2, 30)).isNull();
    assertThat(DateFinder.nearest(LocalDate.parse("2025-01-10"), 2, 29))
        .isEqualTo(LocalDate.parse("2024-02-29"));
  }

  @Test
  void findsNothingWithoutAnIssueDate() {
    assertThat(dates.find("昨日，会议召开。", null)).isEmpty();
  }
}
