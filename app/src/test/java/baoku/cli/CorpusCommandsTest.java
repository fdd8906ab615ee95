package baoku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCommandsTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
  }

  /** A crawl of a few articles written for the test, two in a training month, one in dev. */
  private Path crawl() throws IOException {
    Path root = dir.resolve("crawl");
    article(
        root,
        "2020年1月/20200105/20200105-01-01.txt",
        "新建公园开园迎客",
        "本报讯（记者 周立）城西新建的湿地公园昨日开园，市民纷纷前来游览。",
        "公园占地六百亩，建有步道十二公里。");
    article(
        root,
        "2020年1月/20200105/20200105-01-02.txt",
        "老旧小区改造启动",
        "今年全市将改造老旧小区一百二十个，惠及居民四万户。",
        "改造内容包括管网更新和加装电梯。");
    article(
        root, "2020年2月/20200201/20200201-01-01.txt", "冬季长跑比赛举行", "本报讯（记者 吴凡）全市冬季长跑比赛昨日举行，三千余人参赛。");
    return root;
  }

  private static void article(Path root, String name, String title, String... paragraphs)
      throws IOException {
    Path file = root.resolve(name);
    Files.createDirectories(file.getParent());
    StringBuilder text = new StringBuilder("\n" + title + "\n\n");
    for (String p : paragraphs) {
      text.append("\u3000\u3000").append(p).append('\n');
    }
    Files.writeString(file, text);
  }

  @Test
  void composesGoldPagesOfASplitInEveryForm() throws IOException {
    Path gold = dir.resolve("gold");
    assertThat(run("corpus", "pages", crawl().toString(), gold.toString(), "--split", "train"))
        .isZero();
    for (String form : new String[] {"epaper", "columns", "columns_headline_after", "pdf_text"}) {
      try (Stream<Path> files = Files.list(gold.resolve(form))) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .contains(
                "rmrb-2020-01-05-p01-" + form + ".txt",
                "rmrb-2020-01-05-p01-" + form + ".gold.json",
                "rmrb-2020-01-05-p01-" + form + ".meta.json");
      }
    }
    assertThat(Files.readString(gold.resolve("epaper/rmrb-2020-01-05-p01-epaper.gold.json")))
        .contains("新建公园开园迎客", "周立");
  }

  @Test
  void trainsAModelThatEvalThenReadsPagesWith() throws IOException {
    Path corpus = crawl();
    Path model = dir.resolve("model/line-model.txt");
    assertThat(run("train", corpus.toString(), "--out", model.toString(), "--epochs", "2"))
        .isZero();
    assertThat(Files.readString(model)).startsWith("baoku line labeller 1\n# trained by:");
    assertThat(out.toString()).contains("dev: ", "TEXT_START");

    Path gold = dir.resolve("gold");
    run(
        "corpus",
        "pages",
        corpus.toString(),
        gold.toString(),
        "--split",
        "dev",
        "--form",
        "epaper");
    out.getBuffer().setLength(0);
    assertThat(run("eval", gold.resolve("epaper").toString(), "--model", model.toString()))
        .isZero();
    assertThat(out.toString()).contains("score: ");
    out.getBuffer().setLength(0);
    assertThat(run("eval", gold.resolve("epaper").toString(), "--parser", "rules")).isZero();
    assertThat(out.toString()).contains("score: ");
  }

  @Test
  void laysOutTheArticlesOfGoldPagesAgain() throws IOException {
    Path samples = Path.of("..", "core", "src", "test", "resources", "samples", "leshan-daily");
    Path relaid = dir.resolve("relayout");
    assertThat(run("corpus", "relayout", samples.toString(), relaid.toString(), "--pages", "3"))
        .isZero();
    try (Stream<Path> files = Files.list(relaid.resolve("columns"))) {
      assertThat(files.filter(p -> p.toString().endsWith(".gold.json"))).hasSize(3);
    }
    assertThat(run("eval", relaid.resolve("epaper").toString())).isZero();
    assertThat(out.toString()).contains("score: ");
  }
}
