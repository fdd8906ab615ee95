package baoku.parse.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BigramsTest {
  @Test
  void shareCountsDistinctPairsOfTheWordingFoundInTheOther() {
    Bigrams headline = Bigrams.of("颗粒硅项目投产");
    Bigrams body = Bigrams.of("协鑫颗粒硅项目今日正式投产，颗粒硅产能……");
    // 颗粒 粒硅 硅项 项目 目投 投产: all but 目投 occur in the body.
    assertThat(Bigrams.share(headline, body)).isCloseTo(5 / 6.0, within(1e-9));
    assertThat(Bigrams.share(body, Bigrams.of(""))).isZero();
    assertThat(Bigrams.share(Bigrams.of("。，"), body)).isZero();
  }

  @Test
  void punctuationAndSpacesAreSkippedNotBroken() {
    assertThat(Bigrams.share(Bigrams.of("乐山"), Bigrams.of("乐 山"))).isEqualTo(1.0);
    assertThat(Bigrams.share(Bigrams.of("乐山"), Bigrams.of("乐，山"))).isEqualTo(1.0);
  }

  /** The share as sets of two-character strings give it, on seeded random wording. */
  @Test
  void agreesWithSetsOfStrings() {
    Random random = new Random(20261124);
    String alphabet = "乐山市委书记马波颗粒硅。，A1 ";
    for (int i = 0; i < 500; i++) {
      String a = randomText(random, alphabet);
      String b = randomText(random, alphabet);
      Set<String> as = pairs(a);
      Set<String> bs = pairs(b);
      double expected =
          as.isEmpty() ? 0 : as.stream().filter(bs::contains).count() / (double) as.size();
      assertThat(Bigrams.share(Bigrams.of(a), Bigrams.of(b))).as(a + " / " + b).isEqualTo(expected);
    }
  }

  private static String randomText(Random random, String alphabet) {
    StringBuilder out = new StringBuilder();
    int length = random.nextInt(30);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  private static Set<String> pairs(String text) {
    Set<String> out = new HashSet<>();
    char previous = 0;
    for (char c : text.toCharArray()) {
      if (!Character.isLetterOrDigit(c)) {
        continue;
      }
      if (previous != 0) {
        out.add("" + previous + c);
      }
      previous = c;
    }
    return out;
  }
}
