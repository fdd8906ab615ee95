package baoku.archive.opensearch;

import baoku.archive.PeopleIndex;
import baoku.archive.PersonSighting;
import baoku.archive.PersonTally;
import baoku.archive.SightedArticle;
import baoku.archive.TitleHolding;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.CompositeAggregationSource;
import org.opensearch.client.opensearch._types.aggregations.CompositeBucket;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * The people index on the cluster: term queries and aggregations over the sighting documents. The
 * list of the most named is a terms aggregation ordered by articles, exact on one shard and, as
 * OpenSearch's terms are, close to exact on several.
 */
final class PeopleQueries implements PeopleIndex {
  private static final int BATCH = 1000;

  private final OpenSearchClient client;
  private final String index;
  private final ArchiveDocuments documents;
  private final ClusterFailures failures;

  PeopleQueries(
      OpenSearchClient client, String index, ArchiveDocuments documents, ClusterFailures failures) {
    this.client = client;
    this.index = index;
    this.documents = documents;
    this.failures = failures;
  }

  private interface Read<T> {
    T get() throws IOException;
  }

  private <T> T read(String doing, Read<T> action) {
    try {
      return action.get();
    } catch (IOException | RuntimeException e) {
      throw failures.explain(doing, e);
    }
  }

  @Override
  public List<PersonTally> mostNamed(int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return read(
        "list the people named",
        () -> {
          SearchResponse<Void> response =
              client.search(
                  s ->
                      s.index(index)
                          .size(0)
                          .query(ArticleFilters.term(Fields.KIND, Fields.SIGHTING))
                          .aggregations(
                              "people",
                              a ->
                                  a.terms(
                                          t ->
                                              t.field(Fields.SIGHTING_NAME)
                                                  .size(limit)
                                                  .order(
                                                      Map.of("articles", SortOrder.Desc),
                                                      Map.of("_key", SortOrder.Asc)))
                                      .aggregations(
                                          "articles",
                                          m -> m.sum(x -> x.field(Fields.SIGHTING_ARTICLE_COUNT)))
                                      .aggregations(
                                          "first", m -> m.min(x -> x.field(Fields.SIGHTING_DATE)))
                                      .aggregations(
                                          "last", m -> m.max(x -> x.field(Fields.SIGHTING_DATE)))
                                      .aggregations(
                                          "role",
                                          m ->
                                              m.terms(
                                                  t ->
                                                      t.field(Fields.SIGHTING_ROLE)
                                                          .size(1)
                                                          .order(
                                                              Map.of("_count", SortOrder.Desc),
                                                              Map.of("_key", SortOrder.Asc))))),
                  Void.class);
          List<PersonTally> out = new ArrayList<>();
          for (StringTermsBucket bucket :
              response.aggregations().get("people").sterms().buckets().array()) {
            var aggs = bucket.aggregations();
            var roles = aggs.get("role").sterms().buckets().array();
            out.add(
                new PersonTally(
                    bucket.key(),
                    roles.isEmpty() ? null : roles.get(0).key(),
                    aggs.get("articles").sum().value().intValue(),
                    LocalDate.parse(aggs.get("first").min().valueAsString()),
                    LocalDate.parse(aggs.get("last").max().valueAsString())));
          }
          return out;
        });
  }

  @Override
  public List<PersonSighting> sightings(String name) {
    return read(
        "read the sightings of " + name,
        () -> {
          List<PersonSighting> out = new ArrayList<>();
          new SearchAfterPager(client, index)
              .forEach(
                  BATCH,
                  s ->
                      s.query(ArticleFilters.term(Fields.SIGHTING_NAME, name))
                          .sort(
                              ArticleSearcher.field(Fields.SIGHTING_DATE, SortOrder.Asc),
                              ArticleSearcher.field(Fields.PAGE_ID, SortOrder.Asc))
                          .source(src -> src.filter(f -> f.excludes(Fields.SIGHTING_ARTICLES))),
                  source -> out.add(documents.readSighting(source)));
          return out;
        });
  }

  @Override
  public List<SightedArticle> articlesNaming(String name, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return read(
        "read the articles naming " + name,
        () -> {
          // Only sightings in some article: each holds one or more, so the newest `limit` of
          // them hold the newest `limit` articles.
          Query inArticles =
              Query.of(
                  q ->
                      q.bool(
                          b ->
                              b.filter(ArticleFilters.term(Fields.SIGHTING_NAME, name))
                                  .filter(
                                      f ->
                                          f.range(
                                              r ->
                                                  r.field(Fields.SIGHTING_ARTICLE_COUNT)
                                                      .gte(JsonData.of(1))))));
          SearchResponse<ObjectNode> response =
              client.search(
                  s ->
                      s.index(index)
                          .query(inArticles)
                          .size(limit)
                          .sort(
                              ArticleSearcher.field(Fields.SIGHTING_DATE, SortOrder.Desc),
                              ArticleSearcher.field(Fields.SIGHTING_PAPER, SortOrder.Asc),
                              ArticleSearcher.field(Fields.SIGHTING_PAGE, SortOrder.Asc))
                          .source(src -> src.filter(f -> f.includes(Fields.SIGHTING_ARTICLES)))
                          .trackTotalHits(t -> t.enabled(false)),
                  ObjectNode.class);
          List<SightedArticle> out = new ArrayList<>();
          for (Hit<ObjectNode> hit : response.hits().hits()) {
            for (SightedArticle article : documents.readSightedArticles(hit.source())) {
              if (out.size() < limit) {
                out.add(article);
              }
            }
          }
          return out;
        });
  }

  @Override
  public List<TitleHolding> titleHoldings(String suffix) {
    Query query =
        suffix.isEmpty()
            ? Query.of(q -> q.exists(e -> e.field(Fields.SIGHTING_TITLES)))
            : Query.of(
                q ->
                    q.prefix(
                        p ->
                            p.field(Fields.SIGHTING_TITLES_REVERSED)
                                .value(new StringBuilder(suffix).reverse().toString())));
    return read(
        "read who held " + suffix,
        () -> {
          Map<String, Map<String, TitleHolding>> byTitle = new TreeMap<>();
          Map<String, FieldValue> after = null;
          do {
            Map<String, FieldValue> from = after;
            SearchResponse<Void> response =
                client.search(
                    s ->
                        s.index(index)
                            .size(0)
                            .query(query)
                            .aggregations(
                                "held",
                                a ->
                                    a.composite(
                                            c -> {
                                              c.size(BATCH)
                                                  .sources(
                                                      List.of(
                                                          terms("title", Fields.SIGHTING_TITLES),
                                                          terms("name", Fields.SIGHTING_NAME)));
                                              if (from != null) {
                                                c.after(from);
                                              }
                                              return c;
                                            })
                                        .aggregations(
                                            "first", m -> m.min(x -> x.field(Fields.SIGHTING_DATE)))
                                        .aggregations(
                                            "last",
                                            m -> m.max(x -> x.field(Fields.SIGHTING_DATE)))),
                    Void.class);
            var held = response.aggregations().get("held").composite();
            for (CompositeBucket bucket : held.buckets().array()) {
              String title = bucket.key().get("title").stringValue();
              String name = bucket.key().get("name").stringValue();
              // A sighting with several titles brings them all; keep those that end as asked.
              if (title.endsWith(suffix)) {
                byTitle
                    .computeIfAbsent(title, t -> new TreeMap<>())
                    .put(
                        name,
                        new TitleHolding(
                            title,
                            name,
                            LocalDate.parse(
                                bucket.aggregations().get("first").min().valueAsString()),
                            LocalDate.parse(
                                bucket.aggregations().get("last").max().valueAsString())));
              }
            }
            after =
                held.buckets().array().size() < BATCH || held.afterKey() == null
                    ? null
                    : held.afterKey();
          } while (after != null);
          List<TitleHolding> out = new ArrayList<>();
          byTitle.values().forEach(names -> out.addAll(names.values()));
          return out;
        });
  }

  private static Map<String, CompositeAggregationSource> terms(String name, String field) {
    return Map.of(name, CompositeAggregationSource.of(cs -> cs.terms(t -> t.field(field))));
  }
}
