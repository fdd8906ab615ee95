package baoku.bench;

import baoku.page.Page;
import baoku.parse.PageHints;
import baoku.parse.PageInputException;
import baoku.parse.PageParser;
import baoku.parse.ParserCues;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pages parsed per second on one thread, from the bytes of the file to the finished page, over a
 * thousand generated pages of each layout taken in turn.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 10)
public class ParserBenchmark {
  @Param({"EPAPER", "PDF_COLUMNS"})
  Layout layout;

  @Param("1000")
  int pages;

  /** The trained line labeller (the default) or the hand-written parser it replaced. */
  @Param({"labelled", "rules"})
  String parserKind;

  /** The gold pages whose articles the generated pages are made of, from the repository root. */
  @Param("core/src/test/resources/samples/leshan-daily")
  String samples;

  private PageParser parser;
  private byte[][] texts;
  private PageHints[] hints;
  private int next;

  @Setup
  public void generatePages() throws Exception {
    List<GeneratedPage> generated =
        PageGenerator.fromGoldPages(Path.of(samples), 42).generate(layout, pages);
    texts = new byte[generated.size()][];
    hints = new PageHints[generated.size()];
    for (int i = 0; i < generated.size(); i++) {
      texts[i] = generated.get(i).text().getBytes(StandardCharsets.UTF_8);
      hints[i] = generated.get(i).hints();
    }
    parser =
        parserKind.equals("rules") ? PageParser.rules(ParserCues.standard()) : new PageParser();
  }

  @Benchmark
  public Page parsePage() throws PageInputException {
    int i = next;
    next = (i + 1) % texts.length;
    return parser.parse(texts[i], "generated.txt", hints[i]);
  }
}
