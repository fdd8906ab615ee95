package baoku.archive.opensearch;

import baoku.archive.analysis.ChineseAnalyzers;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The embedded store's folding (NFKC with case folding, then traditional → simplified) as rules of
 * OpenSearch's built-in {@code mapping} character filter, one per code point that folding changes.
 * No ICU plugin for this OpenSearch version is on Maven Central, so the rules are computed here,
 * with the same ICU data the embedded analyzers use, and sent with the index template.
 *
 * <p>Per code point is what the embedded bigram field does: it simplifies each ideograph on its
 * own. What a per-code-point table cannot do is NFC composition across code points (e + ◌́ → é);
 * Chinese text does not need it.
 */
public final class TextFolding {
  private final List<String> rules;

  /** Computes the rules: about a second, so build it once and share it. */
  public TextFolding() {
    this.rules = List.copyOf(computeRules());
  }

  /** {@code FROM=>TO} rules, code points escaped as {@code \\uXXXX} so no rule can be misread. */
  List<String> rules() {
    return rules;
  }

  /** Names the rule set, so that an index folded by other ICU data is told apart. */
  String fingerprint() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String rule : rules) {
        sha.update(rule.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> computeRules() {
    Normalizer2 fold = Normalizer2.getInstance(null, "nfkc_cf", Normalizer2.Mode.COMPOSE);
    Transliterator simplify =
        Transliterator.getInstance(ChineseAnalyzers.TRADITIONAL_TO_SIMPLIFIED);
    List<String> rules = new ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.getType(cp) == Character.SURROGATE) {
        continue;
      }
      String original = Character.toString(cp);
      String folded = simplifyEach(fold.normalize(original), simplify);
      if (!folded.equals(original)) {
        rules.add(escape(original) + "=>" + escape(folded));
      }
    }
    return rules;
  }

  /** Ideographs one by one, as the embedded bigram chain sees them; a longer result is skipped. */
  private static String simplifyEach(String text, Transliterator simplify) {
    if (text.codePoints().noneMatch(TextFolding::isHan)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              String one = Character.toString(cp);
              String simplified = isHan(cp) ? simplify.transliterate(one) : one;
              out.append(simplified.codePointCount(0, simplified.length()) == 1 ? simplified : one);
            });
    return out.toString();
  }

  private static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() * 6);
    for (char c : text.toCharArray()) {
      out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
    }
    return out.toString();
  }
}
