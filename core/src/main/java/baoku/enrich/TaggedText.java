package baoku.enrich;

import java.util.List;

/** A text and its tagged words. */
public record TaggedText(String text, List<Token> words) {
  public TaggedText {
    words = List.copyOf(words);
  }
}
