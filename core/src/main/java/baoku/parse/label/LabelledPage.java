package baoku.parse.label;

import baoku.parse.text.Line;
import java.util.List;

/** A page's lines with the role of each, to learn from or to score a labeller against. */
public record LabelledPage(List<Line> lines, List<LineRole> roles) {
  public LabelledPage {
    lines = List.copyOf(lines);
    roles = List.copyOf(roles);
    if (lines.size() != roles.size()) {
      throw new IllegalArgumentException(lines.size() + " lines but " + roles.size() + " roles");
    }
  }
}
