package baoku.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FieldMetricsTest {
  private static final String GOLD =
      """
      {"page": 1, "issue": {"paper": "清溪晚报", "date": "2031-03-05", "date_source": "x"},
       "articles": [
        {"kicker": "引题一", "title": "标题一", "authors": ["林晓", "周岚"],
         "paragraphs": ["第一篇的第一段文字。", "第一篇的第二段文字。"],
         "images": [{"caption": "图片说明"}], "continued_on": 2},
        {"title": "标题二", "authors": ["吴迪"], "paragraphs": ["完全不同的另一篇稿件。"]}
       ]}
      """;
  private static final String PREDICTED =
      """
      {"page": "1", "issue": {"paper": "清溪晚报", "weekday": "星期三"},
       "articles": [
        {"title": "标题 一", "authors": ["林晓"],
         "paragraphs": ["第一篇的第一段文字。", "第一篇的第二段文字。"],
         "images": [{"caption": "图片说明"}], "continued_on": 2},
        {"title": "多出来的", "paragraphs": ["广告：欢迎选购。"]},
        {"title": "从正文得出的标题", "title_source": "derived", "paragraphs": ["另起一篇。"]}
       ]}
      """;

  private Map<String, FieldScore> fields() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode gold = mapper.readTree(GOLD);
    JsonNode predicted = mapper.readTree(PREDICTED);
    List<FieldScore> counted = new PageScorer().evaluate("p", gold, predicted, null).fields();
    return counted.stream().collect(Collectors.toMap(FieldScore::field, Function.identity()));
  }

  @Test
  void countsExpectedPredictedAndCorrectItems() throws Exception {
    Map<String, FieldScore> f = fields();
    assertThat(f.get("articles")).isEqualTo(new FieldScore("articles", 2, 3, 1));
    assertThat(f.get("kicker")).isEqualTo(new FieldScore("kicker", 1, 0, 0));
    assertThat(f.get("title")).isEqualTo(new FieldScore("title", 2, 2, 1));
    assertThat(f.get("authors")).isEqualTo(new FieldScore("authors", 3, 1, 1));
    assertThat(f.get("paragraphs")).isEqualTo(new FieldScore("paragraphs", 3, 4, 2));
    assertThat(f.get("captions")).isEqualTo(new FieldScore("captions", 1, 1, 1));
    assertThat(f.get("continued_on")).isEqualTo(new FieldScore("continued_on", 1, 1, 1));
    assertThat(f.get("page")).isEqualTo(new FieldScore("page", 1, 1, 1));
  }

  @Test
  void aDerivedTitleIsNoPredictedPrintedTitle() throws Exception {
    assertThat(fields().get("title")).isEqualTo(new FieldScore("title", 2, 2, 1));
  }

  @Test
  void issueFieldsAreScoredOneByOneWithoutDateSource() throws Exception {
    Map<String, FieldScore> f = fields();
    assertThat(f.get("issue.paper")).isEqualTo(new FieldScore("issue.paper", 1, 1, 1));
    assertThat(f.get("issue.date")).isEqualTo(new FieldScore("issue.date", 1, 0, 0));
    assertThat(f.get("issue.weekday")).isEqualTo(new FieldScore("issue.weekday", 0, 1, 0));
    assertThat(f).doesNotContainKey("issue.date_source");
  }

  @Test
  void precisionRecallAndF1() {
    FieldScore authors = new FieldScore("authors", 3, 1, 1);
    assertThat(authors.precision()).isEqualTo(1.0);
    assertThat(authors.recall()).isEqualTo(1.0 / 3);
    assertThat(authors.f1()).isEqualTo(0.5);
    assertThat(new FieldScore("kicker", 1, 0, 0).precision()).isEqualTo(0.0);
    assertThat(new FieldScore("kicker", 0, 0, 0).f1()).isEqualTo(1.0);
  }
}
