package baoku.parse.assemble;

import java.util.HashSet;
import java.util.Set;

/** Character bigrams of wording, for telling which article a caption or headline speaks of. */
final class Bigrams {
  private Bigrams() {}

  /** The bigrams of {@code text}'s letters and digits, punctuation and spaces skipped. */
  static Set<String> of(CharSequence text) {
    Set<String> out = new HashSet<>();
    char previous = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        continue;
      }
      if (previous != 0) {
        out.add(new String(new char[] {previous, c}));
      }
      previous = c;
    }
    return out;
  }

  /** The share of {@code part}'s bigrams that occur in {@code whole}; 0 for an empty part. */
  static double share(Set<String> part, Set<String> whole) {
    if (part.isEmpty()) {
      return 0;
    }
    int found = 0;
    for (String b : part) {
      if (whole.contains(b)) {
        found++;
      }
    }
    return (double) found / part.size();
  }
}
