package baoku.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores parsed pages saved as {@code NAME.json} in a folder (by any parser, in any language)
 * against gold pages, as the reference scorer does; a missing or unreadable file scores as an empty
 * page.
 */
public final class SavedPredictions {
  private final ObjectMapper mapper;
  private final PageScorer scorer;

  public SavedPredictions(ObjectMapper mapper, PageScorer scorer) {
    this.mapper = mapper.copy().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.scorer = scorer;
  }

  public Evaluation score(List<GoldPage> pages, Path predictedDir) {
    List<PageEvaluation> scored = new ArrayList<>();
    for (GoldPage gold : pages) {
      JsonNode predicted = null;
      String problem = null;
      try {
        predicted = mapper.readTree(Files.readString(predictedDir.resolve(gold.name() + ".json")));
        if (predicted == null || predicted.isMissingNode()) {
          predicted = null;
          problem = "no usable prediction (JSONDecodeError)";
        }
      } catch (IOException e) {
        problem = "no usable prediction (" + pythonErrorName(e) + ")";
      }
      scored.add(scorer.evaluate(gold.name(), gold.gold(), predicted, problem));
    }
    return new Evaluation(scored);
  }

  /** The reference scorer reports the Python exception's name; say the same. */
  private static String pythonErrorName(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "FileNotFoundError";
    }
    if (e instanceof JsonProcessingException) {
      return "JSONDecodeError";
    }
    if (e instanceof MalformedInputException) {
      return "UnicodeDecodeError";
    }
    return "OSError";
  }
}
