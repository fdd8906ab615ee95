package baoku.corpus;

import baoku.parse.label.LabelledPage;
import baoku.parse.label.LineRole;
import baoku.parse.text.Line;
import baoku.parse.text.TextNormalizer;
import baoku.parse.zone.JumpParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A composed page as the parser sees it — its text normalised into lines the way {@code baoku
 * parse} normalises it — with the role of each line, to train and score the line labeller.
 */
public final class CorpusLines {
  private final TextNormalizer normalizer;
  private final JumpParser jumps;

  public CorpusLines(TextNormalizer normalizer, JumpParser jumps) {
    this.normalizer = normalizer;
    this.jumps = jumps;
  }

  /** The page's lines and roles, or empty where normalising joined or dropped a printed line. */
  public Optional<LabelledPage> of(ComposedPage page) {
    List<Line> lines = jumps.joinSplitMarks(normalizer.lines(page.text()));
    List<LineRole> roles = new ArrayList<>();
    for (PrintedLine printed : page.lines()) {
      if (!printed.isBlank() && !printed.text().isBlank()) {
        roles.add(printed.role());
      }
    }
    return lines.size() == roles.size()
        ? Optional.of(new LabelledPage(lines, roles))
        : Optional.empty();
  }
}
