package baoku.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.FacetCount;
import baoku.archive.SearchResult;
import baoku.web.SearchModel;
import baoku.web.SearchQuery;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchViewTest {
  private static final Map<String, List<FacetCount>> YEARS =
      Map.of("year", List.of(new FacetCount("2024", 41_200), new FacetCount("2023", 38_900)));

  private static String render(SearchResult result) {
    SearchQuery query = SearchQuery.parse(Map.of("q", "发展")::get);
    return new SearchView().render(new SearchModel(query, result));
  }

  @Test
  void estimatedFacetCountsSaySo() {
    String page = render(new SearchResult(80_100, false, List.of(), YEARS, true));
    assertThat(page).contains("约41200", "按抽样估算").doesNotContain("共 约");
  }

  @Test
  void anEstimatedTotalSaysSo() {
    String page = render(new SearchResult(851_000, true, List.of(), YEARS, true));
    assertThat(page).contains("共 约 <strong class=\"total\">851000</strong> 篇文章");
  }

  @Test
  void exactFacetCountsAreBare() {
    String page = render(new SearchResult(80_100, List.of(), YEARS));
    assertThat(page).contains(">41200<").doesNotContain("约", "按抽样估算");
  }
}
