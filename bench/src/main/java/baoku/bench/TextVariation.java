package baoku.bench;

import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes the numbers in a text so that generated pages differ: each run of digits gets another
 * value of the same length, months stay 1–12 and days 1–28 so dates still read as dates, and years
 * move by the page's shift.
 */
final class TextVariation {
  private static final Pattern DIGITS = Pattern.compile("\\d+(?=(年|月|日)?)");

  private final RandomGenerator random;
  private final int yearShift;

  TextVariation(RandomGenerator random, int yearShift) {
    this.random = random;
    this.yearShift = yearShift;
  }

  String vary(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = DIGITS.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(replacement(m.group(), m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String replacement(String digits, String unit) {
    if ("年".equals(unit) && digits.length() == 4) {
      return Integer.toString(Integer.parseInt(digits) + yearShift);
    }
    if ("月".equals(unit)) {
      return Integer.toString(1 + random.nextInt(12));
    }
    if ("日".equals(unit)) {
      return Integer.toString(1 + random.nextInt(28));
    }
    StringBuilder out = new StringBuilder(digits.length());
    for (int i = 0; i < digits.length(); i++) {
      boolean keepNonZeroLead = i == 0 && digits.length() > 1 && digits.charAt(0) != '0';
      out.append(keepNonZeroLead ? 1 + random.nextInt(9) : random.nextInt(10));
    }
    return out.toString();
  }
}
