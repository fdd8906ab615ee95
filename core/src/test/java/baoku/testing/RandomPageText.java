package baoku.testing;

import java.util.Random;

/**
 * Seeded random snippets of newspaper-like text for robustness tests: ideographs simplified and
 * traditional, full- and half-width forms, Chinese punctuation, white space and line breaks, with a
 * random CJK ideograph one character in ten.
 */
public final class RandomPageText {
  private static final String POOL = "乐山日报市委书记陳光浩颗粒硅，。、“”（）ＡＢＣabc１２3 \n\t—…·《》①㈠";

  private final Random random;

  public RandomPageText(long seed) {
    this.random = new Random(seed);
  }

  /** One to {@code maxLength} characters. */
  public String next(int maxLength) {
    StringBuilder text = new StringBuilder();
    int length = 1 + random.nextInt(maxLength);
    for (int k = 0; k < length; k++) {
      text.append(
          random.nextInt(10) == 0
              ? (char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00))
              : POOL.charAt(random.nextInt(POOL.length())));
    }
    return text.toString();
  }
}
