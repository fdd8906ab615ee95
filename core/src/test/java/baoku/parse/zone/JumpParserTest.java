package baoku.parse.zone;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.parse.ParserCues;
import baoku.parse.text.Line;
import baoku.parse.text.Widths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JumpParserTest {
  private final JumpParser parser = new JumpParser(ParserCues.standard());

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "（下转第2版）|true|2",
        "（紧转第3版）|true|3",
        "（转第4版）|true|4",
        "（上接第1版）|false|1",
        "（接第1版）|false|1",
        "（下转第二版）|true|2",
        "（下转第十二版）|true|12",
        "(下转第 5 版)|true|5",
        "（转A06版）|true|6",
        "（上接A04版）|false|4",
      })
  void readsJumpLines(String text, boolean forward, int page) {
    Jump jump = parser.find(text).orElseThrow();
    assertThat(jump.forward()).isEqualTo(forward);
    assertThat(jump.page()).isEqualTo(page);
    assertThat(parser.isWholeLine(text, jump)).isTrue();
  }

  @Test
  void findsAJumpAtTheEndOfALine() {
    String line = "旺盛、农作物进入上涨周期的利好环境， （紧转第3版）";
    Jump jump = parser.find(line).orElseThrow();
    assertThat(jump.page()).isEqualTo(3);
    assertThat(parser.isWholeLine(line, jump)).isFalse();
    assertThat(line.substring(0, jump.start()).strip()).isEqualTo("旺盛、农作物进入上涨周期的利好环境，");
  }

  @Test
  void ignoresWordsThatOnlyLookLikeJumps() {
    assertThat(parser.find("推动产业转型升级，接续奋斗")).isEmpty();
    assertThat(parser.find("转第二季度")).isEmpty();
  }

  @Test
  void joinsAMarkBrokenOverTwoLines() {
    List<Line> lines =
        parser.joinSplitMarks(List.of(line("要拼出奔跑新作风。（下转第"), line("2版）"), line("下一篇")));
    assertThat(lines).extracting(Line::text).containsExactly("要拼出奔跑新作风。（下转第2版）", "下一篇");
    assertThat(lines).extracting(Line::index).containsExactly(0, 1);
  }

  @Test
  void chineseNumerals() {
    assertThat(JumpParser.pageNumber("三")).isEqualTo(3);
    assertThat(JumpParser.pageNumber("十")).isEqualTo(10);
    assertThat(JumpParser.pageNumber("十六")).isEqualTo(16);
    assertThat(JumpParser.pageNumber("二十")).isEqualTo(20);
    assertThat(JumpParser.pageNumber("24")).isEqualTo(24);
  }

  private static Line line(String text) {
    return new Line(0, text, false, 0, Widths.of(text));
  }
}
