package baoku.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.page.Page;
import baoku.page.PageJson;
import baoku.parse.ParserCues;
import baoku.parse.label.LineRole;
import baoku.parse.text.Line;
import baoku.parse.text.TextNormalizer;
import baoku.parse.zone.JumpParser;
import baoku.testing.SamplePages;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoldLineRolesTest {
  private final JumpParser jumps = new JumpParser(ParserCues.standard());
  private final GoldLineRoles roles = new GoldLineRoles(jumps);

  @Test
  void everyLineOfTheSamplePagesFindsItsPlaceInTheGold() throws Exception {
    SamplePages samples = new SamplePages();
    for (String name : List.of(SamplePages.PAGE_2022, SamplePages.PAGE_2024)) {
      String text;
      try (var in = getClass().getResourceAsStream("/samples/leshan-daily/" + name + ".txt")) {
        text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
      List<Line> lines = jumps.joinSplitMarks(new TextNormalizer().lines(text));
      Page gold = samples.page(name);
      GoldLineRoles.Alignment alignment = roles.align(lines, gold);
      assertThat(alignment.unplaced()).as(name).isZero();
      long starts = alignment.page().roles().stream().filter(r -> r == LineRole.TEXT_START).count();
      assertThat(starts).as(name).isEqualTo(gold.articles().size());
    }
  }

  @Test
  void aLineFoundInNoPartOfTheGoldIsCounted() {
    Page gold =
        new PageJson().read("{\"articles\":[{\"title\":\"标题\",\"paragraphs\":[\"正文一句。\"]}]}");
    List<Line> lines = new TextNormalizer().lines("标题\n正文一句。\n别处的话\n");
    GoldLineRoles.Alignment alignment = roles.align(lines, gold);
    assertThat(alignment.page().roles())
        .containsExactly(LineRole.TITLE, LineRole.TEXT_START, LineRole.AD);
    assertThat(alignment.unplaced()).isEqualTo(1);
  }
}
