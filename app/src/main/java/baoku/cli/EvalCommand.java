package baoku.cli;

import baoku.eval.Evaluation;
import baoku.eval.EvaluationReport;
import baoku.eval.GoldDirectory;
import baoku.eval.GoldPage;
import baoku.eval.PageEvaluation;
import baoku.eval.PageScorer;
import baoku.eval.PageSource;
import baoku.eval.ParserEvaluator;
import baoku.eval.SavedPredictions;
import baoku.page.PageJson;
import baoku.parse.PageParser;
import baoku.parse.PageReader;
import baoku.parse.ParserCues;
import baoku.parse.label.LabellerModel;
import baoku.parse.pdf.PdfPageReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code baoku eval GOLD_DIR}: scores the parser against gold pages, field by field. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Parse every NAME.txt beside a NAME.gold.json and score it against the gold.",
      "Hints (paper, date, page) come from NAME.meta.json where present. Prints the page"
          + " metrics of score-pages, per-field precision/recall/F1, and 'score: S' last."
    })
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "GOLD_DIR",
      description = "Folder of NAME.txt (or NAME.pdf) and NAME.gold.json.")
  Path goldDir;

  @Option(names = "--json", description = "Print the evaluation as JSON instead of tables.")
  boolean json;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Also write each parsed page as DIR/NAME.json (for score-pages GOLD_DIR DIR).")
  Path outDir;

  @Option(
      names = "--pred",
      paramLabel = "DIR",
      description = "Score the pages already saved as DIR/NAME.json instead of parsing.")
  Path predictedDir;

  @Option(
      names = "--model",
      paramLabel = "FILE",
      description = "Parse with the line labeller of FILE (see baoku train).")
  Path model;

  @Option(
      names = "--parser",
      defaultValue = "labelled",
      description = "labelled (the default) or rules, the hand-written parser it replaced.")
  String parserKind;

  private PageParser parser() throws IOException {
    if (parserKind.equals("rules")) {
      return PageParser.rules(ParserCues.standard());
    }
    return model == null
        ? new PageParser()
        : new PageParser(ParserCues.standard(), LabellerModel.read(Files.readString(model)));
  }

  /** Reads text pages with the parser and PDFs with the PDF reader, a page a file. */
  private static PageSource firstPage(PageReader reader) {
    return (bytes, source, hints) -> reader.read(bytes, source, hints).get(0);
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PageJson pageJson = new PageJson();
    List<GoldPage> pages = new GoldDirectory(pageJson.mapper()).read(goldDir);
    if (pages.isEmpty()) {
      err.println("baoku eval: no gold pages (NAME.gold.json with articles) in " + goldDir);
      return 2;
    }
    PageScorer scorer = new PageScorer();
    Evaluation evaluation =
        predictedDir != null
            ? new SavedPredictions(pageJson.mapper(), scorer).score(pages, predictedDir)
            : new ParserEvaluator(
                    firstPage(new PageReader(parser(), new PdfPageReader())), pageJson, scorer)
                .evaluate(pages, outDir);
    EvaluationReport report = new EvaluationReport(pageJson.mapper());
    if (json) {
      for (PageEvaluation page : evaluation.pages()) {
        if (page.problem() != null) {
          err.println(page.name() + ": " + page.problem());
        }
      }
      out.print(report.json(evaluation));
    } else {
      out.print(report.text(evaluation));
    }
    out.flush();
    return 0;
  }
}
