package baoku.enrich;

import java.util.List;

/** Cuts a text into tagged words. Implementations are thread-safe. */
public interface Tagger {
  List<Token> tag(String text);
}
