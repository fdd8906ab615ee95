package baoku.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.ArticleFilter;
import baoku.archive.SearchHit;
import baoku.archive.SearchRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any run of two or more ideographs that occurs in an article finds it, wherever the segmenter cut
 * the text; and a run without punctuation finds only articles that contain it.
 */
class SubstringGuaranteeTest {
  private static final int SAMPLES = 400;
  @TempDir static Path dir;
  private static LuceneArchive archive;
  private static final Map<String, String> TEXTS = SampleTexts.byId();

  @BeforeAll
  static void open() {
    archive = SampleArchive.open(dir);
  }

  @AfterAll
  static void close() {
    archive.close();
  }

  private static Set<String> found(String query) {
    return archive
        .search(new SearchRequest(query, ArticleFilter.all(), SearchRequest.Order.RELEVANCE, 0, 50))
        .hits()
        .stream()
        .map(SearchHit::id)
        .map(Object::toString)
        .collect(Collectors.toSet());
  }

  private static boolean isHan(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  @Test
  void everyRunOfIdeographsFindsItsArticle() {
    Random random = new Random(42);
    List<String> ids = List.copyOf(TEXTS.keySet());
    int tried = 0;
    while (tried < SAMPLES) {
      String id = ids.get(random.nextInt(ids.size()));
      String text = TEXTS.get(id);
      int start = random.nextInt(text.length() - 1);
      int end = Math.min(text.length(), start + 2 + random.nextInt(11));
      String run = text.substring(start, end);
      if (!run.codePoints().allMatch(SubstringGuaranteeTest::isHan)) {
        continue;
      }
      tried++;
      Set<String> hits = found(run);
      assertThat(hits).as("query %s from %s", run, id).contains(id);
      assertThat(hits)
          .as("query %s finds only articles containing it", run)
          .allMatch(hit -> TEXTS.get(hit).contains(run));
    }
  }

  @Test
  void runsAcrossPunctuationFindTheirArticleAsPhrases() {
    Random random = new Random(7);
    List<String> ids = List.copyOf(TEXTS.keySet());
    int tried = 0;
    Map<String, List<String>> fields = SampleTexts.fieldsById();
    while (tried < SAMPLES / 4) {
      String id = ids.get(random.nextInt(ids.size()));
      String text = fields.get(id).get(random.nextInt(2));
      if (text.length() < 2) {
        continue;
      }
      int start = random.nextInt(text.length() - 1);
      String run = text.substring(start, Math.min(text.length(), start + 4 + random.nextInt(12)));
      // Every piece between punctuation must be a run of two or more ideographs.
      String[] pieces = run.split("[，。、；：“”（）！？\\s]+", -1);
      boolean usable =
          pieces.length > 1
              && java.util.Arrays.stream(pieces)
                  .allMatch(
                      p ->
                          p.length() >= 2
                              && p.codePoints().allMatch(SubstringGuaranteeTest::isHan));
      if (!usable) {
        continue;
      }
      tried++;
      assertThat(found("\"" + run + "\"")).as("phrase %s from %s", run, id).contains(id);
    }
  }
}
