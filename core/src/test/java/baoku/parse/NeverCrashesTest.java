package baoku.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import baoku.page.Page;
import baoku.page.PageJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever bytes arrive, the parser returns a page or refuses the input with a one-line reason that
 * names the file: never any other exception. The inputs are the files of {@code ugly/} (made by
 * {@code core/src/test/scripts/MakeUglyInputs.java}) and a few too large to keep in the repository,
 * built here.
 */
class NeverCrashesTest {
  private static final PageParser PARSER = new PageParser();
  private static final PageJson JSON = new PageJson();

  static Stream<Arguments> uglyInputs() throws Exception {
    Path dir = Path.of(NeverCrashesTest.class.getResource("/ugly").toURI());
    List<Arguments> inputs = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        inputs.add(Arguments.of(file.getFileName().toString(), Files.readAllBytes(file)));
      }
    }
    assertThat(inputs).as("files in %s", dir).hasSizeGreaterThan(20);
    inputs.add(Arguments.of("huge-line.txt", hugeLine()));
    inputs.add(Arguments.of("ten-thousand-short-lines.txt", shortLines(10_000)));
    inputs.add(Arguments.of("larger-than-any-page.txt", new byte[TextDecoder.MAX_BYTES + 1]));
    return inputs.stream();
  }

  /** 2 MB of Chinese text on one line, no line break anywhere. */
  private static byte[] hugeLine() {
    String sentence = "本报讯全县各地抢抓农时，组织农民开展春耕生产，农技人员深入田间地头指导。";
    StringBuilder line = new StringBuilder();
    while (line.length() * 3 < 2 * 1024 * 1024) {
      line.append(sentence);
    }
    return line.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] shortLines(int count) {
    StringBuilder text = new StringBuilder();
    String[] lines = {"春耕", "■ 林晓", "（下转第2版）", "", "社区食堂开张", "家门口的食堂。", "3月5日"};
    for (int i = 0; i < count; i++) {
      text.append(lines[i % lines.length]).append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("uglyInputs")
  void returnsAPageOrRefusesWithOneLineNamingTheFile(String name, byte[] bytes) {
    Page page;
    try {
      page = PARSER.parse(bytes, name, PageHints.none());
    } catch (PageInputException refused) {
      assertThat(refused.getMessage())
          .as("refusal message")
          .startsWith(name + ": ")
          .doesNotContain("\n", "\r");
      assertThat(refused.reason()).as("refusal reason").isNotBlank();
      return;
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError(name + ": the parser threw " + e + " instead of refusing", e);
    }
    assertThat(page).as("parsed page").isNotNull();
    try {
      assertThat(JSON.write(page)).as("the page as JSON").startsWith("{");
    } catch (RuntimeException e) {
      fail(name + ": the parsed page cannot be written as JSON: " + e, e);
    }
  }
}
