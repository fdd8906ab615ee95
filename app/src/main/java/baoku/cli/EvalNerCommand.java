package baoku.cli;

import baoku.eval.NerEvaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code baoku eval-ner FILE...}: entity recognition scored on BIO test sets. */
@Command(
    name = "eval-ner",
    mixinStandardHelpOptions = true,
    description =
        "Score person, place and organisation recognition on BIO test sets (a character and its"
            + " tag a line), exact span match: HanLP as it comes beside Baoku's rules.")
final class EvalNerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "BIO test sets.")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    NerEvaluation evaluation = NerEvaluation.standard();
    for (Path file : files) {
      out.println(NerEvaluation.report(file.toString(), evaluation.evaluate(file)));
    }
    return 0;
  }
}
