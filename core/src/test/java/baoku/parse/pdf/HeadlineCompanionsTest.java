package baoku.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.page.Region;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineCompanionsTest {
  private static final double BODY = 10;

  /** A block of text-type lines, each {@code width} wide, {@code leading} apart from {@code y}. */
  private static TextBlock text(double x, double y, double width, String... lines) {
    List<TextLine> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      double baseline = y + BODY + i * 1.2 * BODY;
      out.add(
          new TextLine(
              lines[i],
              new Region(x, baseline - BODY, width, BODY),
              baseline,
              BODY,
              "Song",
              false));
    }
    Region box = out.get(0).box();
    for (TextLine l : out) {
      box = box.union(l.box());
    }
    return new TextBlock(out, box, TypeScale.Grade.BODY);
  }

  private static TextBlock title(double x, double y, String words) {
    TextLine line = new TextLine(words, new Region(x, y, 200, 24), y + 24, 24, "Hei", true);
    return new TextBlock(List.of(line), line.box(), TypeScale.Grade.DISPLAY);
  }

  private static ArticleCollector.Item item(TextBlock block) {
    return new ArticleCollector.Item(
        block, block.grade() == TypeScale.Grade.DISPLAY ? Role.HEADLINE : Role.BODY);
  }

  private static List<Role> roles(TextBlock... blocks) {
    List<ArticleCollector.Item> items =
        Arrays.stream(blocks).map(HeadlineCompanionsTest::item).toList();
    return new HeadlineCompanions()
        .attach(items, 100).stream().map(ArticleCollector.Item::role).toList();
  }

  @Test
  void aShortLineRightAboveTheTitleIsItsKicker() {
    assertThat(
            roles(
                text(0, 0, 90, "上一篇的末行。"),
                text(0, 40, 80, "中央印发通知"),
                title(0, 55, "主题"),
                text(0, 90, 100, "正文第一行", "正文第二行。")))
        .containsExactly(Role.BODY, Role.HEADLINE, Role.HEADLINE, Role.BODY);
  }

  @Test
  void aLineSetApartUnderTheTitleIsItsSubtitleButTheTextIsNot() {
    assertThat(
            roles(title(0, 0, "主题"), text(0, 30, 60, "某某出席"), text(0, 60, 100, "新华社北京电 正文", "正文。")))
        .containsExactly(Role.HEADLINE, Role.HEADLINE, Role.BODY);
    // The text's first paragraph right under the title ends a sentence: it stays text.
    assertThat(roles(title(0, 0, "主题"), text(0, 30, 100, "一句话的段落。"), text(0, 60, 100, "下文")))
        .containsExactly(Role.HEADLINE, Role.BODY, Role.BODY);
  }

  @Test
  void aDashOpensASubtitleAndALineAcrossTheColumnsIsANote() {
    assertThat(roles(title(0, 0, "主题"), text(0, 30, 90, "——评一本书"), text(200, 30, 100, "正文")))
        .containsExactly(Role.HEADLINE, Role.HEADLINE, Role.BODY);
    assertThat(roles(title(0, 0, "法"), text(0, 30, 380, "（某年某月某日通过）"), text(200, 60, 100, "正文")))
        .containsExactly(Role.HEADLINE, Role.HEADLINE, Role.BODY);
  }

  @Test
  void aLineFarBelowTheTitleStaysText() {
    assertThat(roles(title(0, 0, "主题"), text(0, 80, 60, "某某出席"), text(0, 110, 100, "正文")))
        .containsExactly(Role.HEADLINE, Role.BODY, Role.BODY);
  }
}
