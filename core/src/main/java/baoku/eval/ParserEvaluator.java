package baoku.eval;

import baoku.page.Page;
import baoku.page.PageJson;
import baoku.parse.PageInputException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a parser over gold pages and scores what it returns. A page the parser refuses or fails on
 * is scored as an empty prediction and its problem recorded: the evaluation of a broken parser
 * still completes, with low numbers.
 */
public final class ParserEvaluator {
  private final PageSource parser;
  private final PageJson json;
  private final PageScorer scorer;

  public ParserEvaluator(PageSource parser, PageJson json, PageScorer scorer) {
    this.parser = parser;
    this.json = json;
    this.scorer = scorer;
  }

  /**
   * Parses and scores each page; with {@code outDir}, also writes each parsed page as NAME.json.
   */
  public Evaluation evaluate(List<GoldPage> pages, Path outDir) throws IOException {
    if (outDir != null) {
      Files.createDirectories(outDir);
    }
    List<PageEvaluation> scored = new ArrayList<>();
    for (GoldPage gold : pages) {
      String problem = null;
      JsonNode predicted = null;
      try {
        byte[] bytes = Files.readAllBytes(gold.text());
        Page page = parser.parse(bytes, gold.text().getFileName().toString(), gold.hints());
        predicted = json.mapper().valueToTree(page);
        if (outDir != null) {
          Files.writeString(outDir.resolve(gold.name() + ".json"), json.write(page) + "\n");
        }
      } catch (PageInputException e) {
        problem = "refused: " + e.reason();
      } catch (IOException e) {
        problem = "cannot read " + gold.text().getFileName() + " (" + e.getMessage() + ")";
      } catch (RuntimeException | StackOverflowError e) {
        problem = "parser failed: " + e.getClass().getSimpleName() + oneLine(e.getMessage());
      }
      if (problem != null && outDir != null) {
        Files.deleteIfExists(outDir.resolve(gold.name() + ".json"));
      }
      scored.add(scorer.evaluate(gold.name(), gold.gold(), predicted, problem));
    }
    return new Evaluation(scored);
  }

  private static String oneLine(String message) {
    return message == null || message.isBlank() ? "" : " (" + message.replace('\n', ' ') + ")";
  }
}
