package baoku.eval;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.page.Article;
import baoku.page.Issue;
import baoku.page.Page;
import baoku.page.PageJson;
import baoku.parse.PageHints;
import baoku.parse.PageInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluator runs any parser, a failing one included, and still scores every page. */
class ParserEvaluatorTest {
  @TempDir Path gold;
  @TempDir Path out;

  private final PageJson json = new PageJson();
  private final List<PageHints> hintsSeen = new ArrayList<>();

  private static Page page(String source) {
    Article article =
        new Article(
            null,
            "小城新闻",
            null,
            null,
            List.of("林晓"),
            null,
            "news",
            List.of("第一段。", "第二段。"),
            List.of(),
            List.of(),
            null,
            null,
            null);
    Issue issue = Issue.empty().withPaper("清溪晚报").withDate(LocalDate.of(2031, 3, 5));
    return new Page(source, issue, 1, null, List.of(), List.of(article), List.of());
  }

  /** Parses "good", refuses "refused", and fails on anything else, as a buggy parser might. */
  private Page fakeParser(byte[] bytes, String source, PageHints hints) throws PageInputException {
    hintsSeen.add(hints);
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.equals("good")) {
      return page(source);
    }
    if (text.equals("refused")) {
      throw new PageInputException(source, "binary data, not page text");
    }
    throw new IllegalStateException("bug in a zone parser");
  }

  private void goldPage(String name, String text) throws Exception {
    Files.writeString(gold.resolve(name + ".txt"), text);
    Files.writeString(gold.resolve(name + ".gold.json"), json.write(page(name + ".txt")));
  }

  @Test
  void scoresEveryPageEvenWhenTheParserFails() throws Exception {
    goldPage("a-good", "good");
    goldPage("b-refused", "refused");
    goldPage("c-crash", "crash");
    Files.writeString(
        gold.resolve("a-good.meta.json"),
        "{\"paper\": \"清溪晚报\", \"date\": \"2031-03-05\", \"page\": 1}");

    List<GoldPage> pages = new GoldDirectory(json.mapper()).read(gold);
    Evaluation evaluation =
        new ParserEvaluator(this::fakeParser, json, new PageScorer()).evaluate(pages, out);

    assertThat(evaluation.pages()).hasSize(3);
    PageEvaluation good = evaluation.pages().get(0);
    assertThat(good.problem()).isNull();
    assertThat(good.score().bodyExact()).isEqualTo(1.0);
    assertThat(good.score().issue()).isEqualTo(1.0);
    assertThat(evaluation.pages().get(1).problem())
        .isEqualTo("refused: binary data, not page text");
    assertThat(evaluation.pages().get(2).problem())
        .isEqualTo("parser failed: IllegalStateException (bug in a zone parser)");
    assertThat(evaluation.pages().get(2).score().bodyExact()).isEqualTo(0.0);
    assertThat(hintsSeen.get(0)).isEqualTo(new PageHints("清溪晚报", LocalDate.of(2031, 3, 5), 1));
    assertThat(hintsSeen.get(1)).isEqualTo(PageHints.none());
  }

  @Test
  void writesEachParsedPageForTheReferenceScorer() throws Exception {
    goldPage("a-good", "good");
    goldPage("b-crash", "crash");
    List<GoldPage> pages = new GoldDirectory(json.mapper()).read(gold);

    new ParserEvaluator(this::fakeParser, json, new PageScorer()).evaluate(pages, out);

    assertThat(out.resolve("b-crash.json")).doesNotExist();
    Evaluation rescored = new SavedPredictions(json.mapper(), new PageScorer()).score(pages, out);
    assertThat(rescored.pages().get(0).score().bodyExact()).isEqualTo(1.0);
    assertThat(rescored.pages().get(1).problem())
        .isEqualTo("no usable prediction (FileNotFoundError)");
  }

  @Test
  void skipsGoldFilesThatAreNotPages() throws Exception {
    goldPage("a-good", "good");
    Files.writeString(gold.resolve("people.gold.json"), "{\"pages\": {}}");
    assertThat(new GoldDirectory(json.mapper()).read(gold))
        .extracting(GoldPage::name)
        .containsExactly("a-good");
  }
}
