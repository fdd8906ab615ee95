package baoku.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code baoku eval GOLD_DIR}: scores the parser against gold pages, field by field. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Parse every NAME.txt beside a NAME.gold.json and score it against the gold.")
final class EvalCommand implements Callable<Integer> {
  @Parameters(paramLabel = "GOLD_DIR", description = "Folder of NAME.txt and NAME.gold.json.")
  Path goldDir;

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("not yet");
  }
}
