package baoku.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Prints an evaluation: first the reference scorer's table exactly as it prints it, then the
 * per-field precision, recall and F1, then the {@code score:} line.
 */
public final class EvaluationReport {
  private final ObjectMapper mapper;

  public EvaluationReport(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The whole report as text. */
  public String text(Evaluation evaluation) {
    return problems(evaluation)
        + pageTable(evaluation)
        + "\n"
        + fieldTable(evaluation)
        + "\n"
        + scoreLine(evaluation);
  }

  /** What the reference scorer prints for the same pages, character for character. */
  public String referenceText(Evaluation evaluation) {
    return problems(evaluation) + pageTable(evaluation) + scoreLine(evaluation);
  }

  private static String problems(Evaluation evaluation) {
    StringBuilder out = new StringBuilder();
    for (PageEvaluation page : evaluation.pages()) {
      if (page.problem() != null) {
        out.append(page.name()).append(": ").append(page.problem()).append('\n');
      }
    }
    return out.toString();
  }

  private static String pageTable(Evaluation evaluation) {
    StringBuilder out = new StringBuilder();
    out.append(padRight("page", 40)).append(' ').append(padLeft("arts", 6)).append(' ');
    List<String> heads =
        PageScore.METRICS.stream()
            .map(k -> padLeft(k.substring(0, Math.min(9, k.length())), 9))
            .toList();
    out.append(String.join(" ", heads)).append("  spurious\n");
    for (PageEvaluation page : evaluation.pages()) {
      row(out, page.name(), page.score().articles(), page.score());
    }
    row(out, "TOTAL", "", evaluation.total());
    return out.toString();
  }

  private static void row(StringBuilder out, String name, String articles, PageScore s) {
    out.append(padRight(truncate(name, 40), 40)).append(' ');
    out.append(padLeft(articles, 6)).append(' ');
    out.append(
        String.join(
            " ", PageScore.METRICS.stream().map(k -> padLeft(fixed(s.metric(k), 3), 9)).toList()));
    out.append("  ").append(padLeft(Integer.toString(s.spurious()), 8)).append('\n');
  }

  private static String fieldTable(Evaluation evaluation) {
    StringBuilder out = new StringBuilder();
    out.append("field-level results (text compared with white space removed)\n\n");
    out.append(padRight("field", 24));
    for (String head : List.of("expected", "predicted", "correct", "precision", "recall", "f1")) {
      out.append(padLeft(head, 10));
    }
    out.append('\n');
    for (FieldScore f : evaluation.fieldTotals()) {
      fieldRow(out, f);
    }
    out.append('\n');
    fieldRow(out, evaluation.microAverage());
    out.append(padRight("all fields (macro avg.)", 24)).append(" ".repeat(50));
    out.append(padLeft(fixed(100 * evaluation.macroAverageF1(), 2), 10)).append('\n');
    return out.toString();
  }

  private static void fieldRow(StringBuilder out, FieldScore f) {
    out.append(padRight(f.field(), 24));
    out.append(padLeft(Integer.toString(f.expected()), 10));
    out.append(padLeft(Integer.toString(f.predicted()), 10));
    out.append(padLeft(Integer.toString(f.correct()), 10));
    boolean seen = f.expected() + f.predicted() > 0; // else there is nothing to measure
    out.append(padLeft(seen ? fixed(100 * f.precision(), 2) : "-", 10));
    out.append(padLeft(seen ? fixed(100 * f.recall(), 2) : "-", 10));
    out.append(padLeft(seen ? fixed(100 * f.f1(), 2) : "-", 10)).append('\n');
  }

  private static String scoreLine(Evaluation evaluation) {
    return "score: " + fixed(evaluation.score(), 3) + "\n";
  }

  /** The evaluation as JSON: the reference scorer's pages and total, plus fields and score. */
  public String json(Evaluation evaluation) {
    ObjectNode root = mapper.createObjectNode();
    ObjectNode pages = root.putObject("pages");
    for (PageEvaluation page : evaluation.pages()) {
      ObjectNode p = pages.putObject(page.name());
      p.put("articles", page.score().articles());
      metrics(p, page.score());
      if (page.problem() != null) {
        p.put("problem", page.problem());
      }
      ObjectNode fields = p.putObject("fields");
      page.fields().forEach(f -> field(fields.putObject(f.field()), f));
    }
    metrics(root.putObject("total"), evaluation.total());
    ObjectNode fields = root.putObject("fields");
    evaluation.fieldTotals().forEach(f -> field(fields.putObject(f.field()), f));
    field(root.putObject("micro_average"), evaluation.microAverage());
    root.put("macro_average_f1", evaluation.macroAverageF1());
    root.put("score", evaluation.score());
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the evaluation as JSON", e);
    }
  }

  private static void metrics(ObjectNode node, PageScore s) {
    for (String k : PageScore.METRICS) {
      node.put(k, s.metric(k));
    }
    node.put("spurious", s.spurious());
  }

  private static void field(ObjectNode node, FieldScore f) {
    node.put("expected", f.expected());
    node.put("predicted", f.predicted());
    node.put("correct", f.correct());
    node.put("precision", f.precision());
    node.put("recall", f.recall());
    node.put("f1", f.f1());
  }

  /** Rounded as Python's format does: the exact binary value, ties to even. */
  static String fixed(double value, int places) {
    return new BigDecimal(value).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String truncate(String s, int codePoints) {
    return s.codePointCount(0, s.length()) <= codePoints
        ? s
        : s.substring(0, s.offsetByCodePoints(0, codePoints));
  }

  private static String padRight(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.codePointCount(0, s.length())));
  }

  private static String padLeft(String s, int width) {
    return " ".repeat(Math.max(0, width - s.codePointCount(0, s.length()))) + s;
  }
}
