package baoku.archive.opensearch;

import baoku.archive.ArticleId;
import baoku.archive.FacetCount;
import baoku.archive.SearchHit;
import baoku.archive.SearchRequest;
import baoku.archive.SearchResult;
import baoku.archive.lucene.QueryLanguage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.SearchType;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.BoundaryScanner;
import org.opensearch.client.opensearch.core.search.BuiltinHighlighterType;
import org.opensearch.client.opensearch.core.search.Highlight;
import org.opensearch.client.opensearch.core.search.HighlighterEncoder;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * Ranked, filtered, faceted and highlighted search on the cluster, built to rank as the embedded
 * store does: the same query clauses, index-wide term statistics (DFS, so that shards do not each
 * score with their own), the same tie-breaks, and facet values ordered by count then value.
 */
final class ArticleSearcher {
  private static final int FACET_VALUES = 50;

  /** Each shard counts this many values per facet, so that the top 50 are exact in practice. */
  private static final int FACET_SHARD_VALUES = 1000;

  private static final String ARTICLES_HELD = "articles_held";
  private static final List<String> HIT_SOURCE =
      List.of(
          Fields.ARTICLE_ID,
          Fields.LOGICAL_ID,
          Fields.DATE,
          Fields.TITLE,
          Fields.AUTHORS,
          Fields.GENRE);

  private final OpenSearchClient client;
  private final String index;
  private final QueryLanguage language;
  private final QueryTranslator translator;
  private final ArticleFilters filters;

  ArticleSearcher(
      OpenSearchClient client,
      String index,
      QueryLanguage language,
      QueryTranslator translator,
      ArticleFilters filters) {
    this.client = client;
    this.index = index;
    this.language = language;
    this.translator = translator;
    this.filters = filters;
  }

  SearchResult search(SearchRequest request) throws IOException {
    Query text = translator.translate(language.parse(request.query()));
    Query query = Query.of(q -> q.bool(b -> b.must(text).filter(filters.query(request.filter()))));
    Map<String, Aggregation> aggregations = new LinkedHashMap<>();
    for (String[] facet : Fields.FACETS) {
      aggregations.put(facet[0], facet(facet[1]));
    }
    // Whether any article was ever stored: the embedded store then reports no facets at all.
    aggregations.put(
        ARTICLES_HELD,
        Aggregation.of(
            a ->
                a.global(g -> g)
                    .aggregations(
                        "articles",
                        Aggregation.of(
                            f -> f.filter(ArticleFilters.term(Fields.KIND, Fields.ARTICLE))))));
    SearchResponse<ObjectNode> response =
        client.search(
            s ->
                s.index(index)
                    .searchType(SearchType.DfsQueryThenFetch)
                    .query(query)
                    .from(request.offset())
                    .size(request.limit())
                    .sort(sort(request.order()))
                    .trackScores(true)
                    .trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.includes(HIT_SOURCE)))
                    .highlight(highlight())
                    .aggregations(aggregations),
            ObjectNode.class);
    return new SearchResult(
        response.hits().total() == null ? 0 : response.hits().total().value(),
        hits(response.hits().hits()),
        facets(response.aggregations()));
  }

  private static Aggregation facet(String field) {
    return Aggregation.of(
        a ->
            a.terms(
                t ->
                    t.field(field)
                        .size(FACET_VALUES)
                        .shardSize(FACET_SHARD_VALUES)
                        .order(
                            List.of(
                                Map.of("_count", SortOrder.Desc), Map.of("_key", SortOrder.Asc)))));
  }

  /** The embedded store's orders: best first or newest first, then page and reading order. */
  static List<SortOptions> sort(SearchRequest.Order order) {
    List<SortOptions> sort = new ArrayList<>();
    if (order == SearchRequest.Order.RELEVANCE) {
      sort.add(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
    }
    sort.add(field(Fields.DATE, SortOrder.Desc));
    sort.add(field(Fields.PAGE_NUMBER, SortOrder.Asc));
    sort.add(field(Fields.ORDINAL, SortOrder.Asc));
    sort.add(field(Fields.PAPER, SortOrder.Asc));
    return sort;
  }

  static SortOptions field(String field, SortOrder order) {
    return SortOptions.of(s -> s.field(f -> f.field(field).order(order)));
  }

  /**
   * The headline whole, and two passages of the body around the matches, as the embedded store
   * gives them; only bigram matches are marked, as there.
   */
  private static Highlight highlight() {
    return Highlight.of(
        h ->
            h.type(t -> t.builtin(BuiltinHighlighterType.Unified))
                .preTags("<mark>")
                .postTags("</mark>")
                .encoder(HighlighterEncoder.Html)
                .requireFieldMatch(true)
                .fields(Fields.TITLE, f -> f.numberOfFragments(0).noMatchSize(10_000))
                .fields(
                    Fields.BODY,
                    f ->
                        f.numberOfFragments(2)
                            .fragmentSize(120)
                            .boundaryScanner(BoundaryScanner.Sentence)
                            .boundaryScannerLocale("root")
                            .noMatchSize(120)));
  }

  private static List<SearchHit> hits(List<Hit<ObjectNode>> found) {
    List<SearchHit> hits = new ArrayList<>(found.size());
    for (Hit<ObjectNode> hit : found) {
      ObjectNode source = hit.source();
      String headline = text(source, Fields.TITLE);
      List<String> headlineSnippets = hit.highlight().getOrDefault(Fields.TITLE, List.of());
      List<String> authors = new ArrayList<>();
      source.path(Fields.AUTHORS).forEach(a -> authors.add(a.asText()));
      hits.add(
          new SearchHit(
              ArticleId.parse(text(source, Fields.ARTICLE_ID)),
              hit.score() == null || hit.score().isNaN() ? 0f : hit.score().floatValue(),
              LocalDate.parse(text(source, Fields.DATE)),
              headline,
              headlineSnippets.isEmpty() ? escape(headline) : headlineSnippets.get(0),
              hit.highlight().getOrDefault(Fields.BODY, List.of()).stream()
                  .map(String::strip)
                  .filter(s -> !s.isEmpty())
                  .toList(),
              authors,
              source.hasNonNull(Fields.GENRE) ? text(source, Fields.GENRE) : null,
              source.hasNonNull(Fields.LOGICAL_ID) ? text(source, Fields.LOGICAL_ID) : null));
    }
    return hits;
  }

  private static String text(JsonNode source, String field) {
    JsonNode value = source.get(field);
    return value == null || value.isNull() ? "" : value.asText();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#x27;");
  }

  private static Map<String, List<FacetCount>> facets(Map<String, Aggregate> aggregations) {
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    Aggregate held = aggregations.get(ARTICLES_HELD);
    if (held == null || held.global().aggregations().get("articles").filter().docCount() == 0) {
      return facets;
    }
    for (String[] facet : Fields.FACETS) {
      List<FacetCount> counts = new ArrayList<>();
      Aggregate terms = aggregations.get(facet[0]);
      if (terms != null && terms.isSterms()) {
        for (StringTermsBucket bucket : terms.sterms().buckets().array()) {
          counts.add(new FacetCount(bucket.key(), bucket.docCount()));
        }
      }
      facets.put(facet[0], counts);
    }
    return facets;
  }
}
