package baoku.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baoku.archive.SearchRequest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchQueryTest {
  static SearchQuery parse(Map<String, String> params) {
    return SearchQuery.parse(params::get);
  }

  @Test
  void defaults() {
    SearchQuery query = parse(Map.of());
    assertThat(query.isEmpty()).isTrue();
    assertThat(query.limit()).isEqualTo(10);
    assertThat(query.sort()).isEqualTo(SearchRequest.Order.RELEVANCE);
    assertThat(query.params()).isEmpty();
    assertThat(parse(Map.of("q", "  "))).isEqualTo(query);
  }

  @Test
  void yearAndMonthNarrowTheDateRange() {
    SearchRequest request =
        parse(Map.of("q", "乐山", "year", "2022", "from", "2022-03-15")).toRequest().orElseThrow();
    assertThat(request.filter().from()).isEqualTo(LocalDate.of(2022, 3, 15));
    assertThat(request.filter().to()).isEqualTo(LocalDate.of(2022, 12, 31));
    SearchRequest month = parse(Map.of("month", "2024-02")).toRequest().orElseThrow();
    assertThat(month.filter().from()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(month.filter().to()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(parse(Map.of("year", "2022", "month", "2024-02")).toRequest()).isEmpty();
  }

  @Test
  void filtersComeOffAndPagingStartsAgain() {
    SearchQuery query =
        parse(Map.of("q", "乐山", "year", "2022", "author", "张清", "offset", "20", "sort", "date"));
    assertThat(query.params())
        .containsExactly(
            Map.entry("q", "乐山"),
            Map.entry("year", "2022"),
            Map.entry("author", "张清"),
            Map.entry("sort", "date"),
            Map.entry("offset", "20"));
    SearchQuery without = query.with("year", null);
    assertThat(without.year()).isNull();
    assertThat(without.offset()).isZero();
    assertThat(without.author()).isEqualTo("张清");
    assertThat(query.with("page", "3").page()).isEqualTo(3);
    assertThat(query.atOffset(40).offset()).isEqualTo(40);
  }

  @Test
  void badValuesSayWhich() {
    assertThatThrownBy(() -> parse(Map.of("q", "x".repeat(201))))
        .isInstanceOf(BadParameterException.class)
        .hasMessageContaining("参数 q ");
    assertThatThrownBy(() -> parse(Map.of("author", "x".repeat(101))))
        .hasMessageContaining("参数 author ");
    assertThatThrownBy(() -> parse(Map.of("from", "2024-02-30"))).hasMessageContaining("参数 from ");
    assertThatThrownBy(() -> parse(Map.of("from", "2024-02-02", "to", "2024-02-01")))
        .hasMessageContaining("止日 2024-02-01 早于起日 2024-02-02");
  }
}
