package baoku.archive.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Rewrites each token as ICU's traditional → simplified transform does (the same terms as Lucene's
 * {@code ICUTransformFilter}), reading one-character tokens from a shared table.
 */
public final class SimplifyingFilter extends TokenFilter {
  private final SimplifiedTokenForms forms;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public SimplifyingFilter(TokenStream input, SimplifiedTokenForms forms) {
    super(input);
    this.forms = forms;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int length = term.length();
    char[] buffer = term.buffer();
    String form = forms.form(buffer, length);
    if (length == 1
        ? form.length() != 1 || form.charAt(0) != buffer[0]
        : !form.contentEquals(term)) {
      term.setEmpty().append(form);
    }
    return true;
  }
}
