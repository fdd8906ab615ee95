package baoku.parse.zone;

/**
 * Numbers as papers print them in dates and page numbers: Arabic digits, digit-by-digit Chinese
 * numerals (二〇二四) or counted ones (十六, 二十三).
 */
public final class ChineseNumerals {
  private static final String DIGITS = "〇一二三四五六七八九";

  private ChineseNumerals() {}

  /** The value of {@code s}; throws {@link NumberFormatException} when it is no number. */
  public static int parse(String s) {
    if (s.isEmpty()) {
      throw new NumberFormatException("empty number");
    }
    if (Character.isDigit(s.charAt(0))) {
      return Integer.parseInt(s);
    }
    String t = s.replace('零', '〇');
    int tens = t.indexOf('十');
    if (tens < 0) {
      int value = 0;
      for (int i = 0; i < t.length(); i++) {
        value = value * 10 + digit(t.charAt(i));
      }
      return value;
    }
    int high = tens == 0 ? 1 : digit(t.charAt(tens - 1));
    int low = tens == t.length() - 1 ? 0 : digit(t.charAt(tens + 1));
    return high * 10 + low;
  }

  private static int digit(char c) {
    int d = DIGITS.indexOf(c);
    if (d < 0) {
      throw new NumberFormatException("not a Chinese numeral: " + c);
    }
    return d;
  }
}
