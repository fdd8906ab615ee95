package baoku.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The advanced-search form's fields, written as a query and filters. */
class AdvancedSearchTest {
  static AdvancedSearch form(Map<String, String> fields) {
    return AdvancedSearch.parse(fields::get);
  }

  @Test
  void fieldsBecomeAQueryInTheLanguageAndFilters() {
    AdvancedSearch asked =
        form(
            Map.of(
                "all", "光伏  硅料",
                "phrase", "新质生产力",
                "exclude", "广告",
                "title", "投产",
                "author", "张清",
                "from", "2022-01-01",
                "page", " "));
    assertThat(asked.query()).isEqualTo("\"光伏\" \"硅料\" \"新质生产力\" title:\"投产\" NOT \"广告\"");
    assertThat(asked.searchParams())
        .containsEntry("author", "张清")
        .containsEntry("from", "2022-01-01")
        .doesNotContainKey("page");
  }

  @Test
  void quotesAndBackslashesCannotBreakTheQuery() {
    assertThat(form(Map.of("all", "a\"b \\ (c)")).query()).isEqualTo("\"ab\" \"(c)\"");
  }

  @Test
  void anEmptyFormIsEmpty() {
    assertThat(form(Map.of("all", "  ", "paper", "")).isEmpty()).isTrue();
  }
}
