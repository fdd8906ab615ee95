package baoku.parse.zone;

import java.util.List;

/** An article's text as paragraphs, with the subheads among them also listed apart. */
public record Body(List<String> paragraphs, List<String> subheads) {
  public Body {
    paragraphs = List.copyOf(paragraphs);
    subheads = List.copyOf(subheads);
  }
}
