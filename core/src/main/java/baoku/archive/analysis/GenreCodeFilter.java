package baoku.archive.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Turns a genre's name into its code (消息 → news), so that either finds the same articles. */
final class GenreCodeFilter extends TokenFilter {
  private final GenreNames genres;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  GenreCodeFilter(TokenStream input, GenreNames genres) {
    super(input);
    this.genres = genres;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String text = term.toString();
    String code = genres.code(text);
    if (!code.equals(text)) {
      term.setEmpty().append(code);
    }
    return true;
  }
}
