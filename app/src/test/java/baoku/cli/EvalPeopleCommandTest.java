package baoku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalPeopleCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();

  private int run(String... args) {
    return Main.commandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))
        .execute(args);
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
  void scoresThePeopleOfTheAnnotatedArticlesOfOneSplit() throws IOException {
    Path crawl = dir.resolve("crawl");
    article(
        crawl,
        "2020年2月/20200203/20200203-02-01.txt",
        "全市春耕生产全面铺开",
        "市委副书记、市长王建国到田间查看春耕进度。",
        "“今年的种子早就备好了。”村民李桂芳说。");
    article(crawl, "2020年5月/20200503/20200503-02-01.txt", "夏粮长势良好", "县长赵文卓到乡镇调研。");
    Path annotations = dir.resolve("people.json");
    Files.writeString(
        annotations,
        """
        {"articles": {
          "2020年2月/20200203/20200203-02-01.txt": [
            {"name": "王建国", "role": "official", "titles": ["市委副书记", "市长"]},
            {"name": "李桂芳", "role": "other", "titles": []},
            {"name": "张三", "role": "other", "titles": []}],
          "2020年5月/20200503/20200503-02-01.txt": [
            {"name": "赵文卓", "role": "official", "titles": ["县长"]}]
        }}
        """);
    Path pages = dir.resolve("pages");

    assertThat(
            run("eval-people", crawl.toString(), annotations.toString(), "--out", pages.toString()))
        .isZero();

    assertThat(out.toString())
        .contains("1 annotated articles of the dev split")
        .contains("names   precision 1.000  recall 0.667  F1 0.800   (gold 3, found 2)")
        .contains("missing: 张三")
        .contains("titles  precision 1.000  recall 1.000  F1 1.000   (gold 2, found 2)")
        .contains("roles   2/2 right");
    assertThat(pages.resolve("20200203-02-01.json")).exists();
    assertThat(pages.resolve("people.gold.json")).exists();
  }
}
