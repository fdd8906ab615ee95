package baoku.archive.opensearch;

import baoku.archive.ArchivedIssue;
import baoku.archive.IssueId;
import baoku.archive.IssueSummary;
import baoku.archive.PageSummary;
import baoku.archive.PaperSummary;
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
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.CompositeAggregationSource;
import org.opensearch.client.opensearch._types.aggregations.CompositeBucket;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.indices.stats.IndicesStatsMetric;

/** Papers, issues and counts as a reader browses them, read from the issue records. */
final class ArchiveListings {
  private static final int BATCH = 1000;

  private final OpenSearchClient client;
  private final String index;
  private final ArchiveDocuments documents;

  ArchiveListings(OpenSearchClient client, String index, ArchiveDocuments documents) {
    this.client = client;
    this.index = index;
    this.documents = documents;
  }

  /** Every paper with its issue count and date range, a page of papers at a time. */
  List<PaperSummary> papers() throws IOException {
    Map<String, PaperSummary> byPaper = new TreeMap<>();
    Map<String, FieldValue> after = null;
    do {
      Map<String, FieldValue> from = after;
      SearchResponse<Void> response =
          client.search(
              s ->
                  s.index(index)
                      .size(0)
                      .query(ArticleFilters.term(Fields.KIND, Fields.ISSUE))
                      .aggregations(
                          "papers",
                          a ->
                              a.composite(
                                      c -> {
                                        c.size(BATCH)
                                            .sources(
                                                List.of(
                                                    Map.of(
                                                        "paper",
                                                        CompositeAggregationSource.of(
                                                            cs ->
                                                                cs.terms(
                                                                    t -> t.field(Fields.PAPER))))));
                                        if (from != null) {
                                          c.after(from);
                                        }
                                        return c;
                                      })
                                  .aggregations("first", m -> m.min(x -> x.field(Fields.DATE)))
                                  .aggregations("last", m -> m.max(x -> x.field(Fields.DATE)))),
              Void.class);
      var papers = response.aggregations().get("papers").composite();
      for (CompositeBucket bucket : papers.buckets().array()) {
        String paper = bucket.key().get("paper").stringValue();
        byPaper.put(
            paper,
            new PaperSummary(
                paper,
                bucket.docCount(),
                LocalDate.parse(bucket.aggregations().get("first").min().valueAsString()),
                LocalDate.parse(bucket.aggregations().get("last").max().valueAsString())));
      }
      after =
          papers.buckets().array().size() < BATCH || papers.afterKey() == null
              ? null
              : papers.afterKey();
    } while (after != null);
    return List.copyOf(byPaper.values());
  }

  /** The issues of one paper within a date range (either end may be {@code null}), by date. */
  List<IssueSummary> issues(String paper, LocalDate from, LocalDate to) throws IOException {
    Query query =
        Query.of(
            q ->
                q.bool(
                    b -> {
                      b.filter(ArticleFilters.term(Fields.KIND, Fields.ISSUE))
                          .filter(ArticleFilters.term(Fields.PAPER, paper));
                      if (from != null || to != null) {
                        b.filter(
                            f ->
                                f.range(
                                    r -> {
                                      r.field(Fields.DATE);
                                      if (from != null) {
                                        r.gte(JsonData.of(from.toString()));
                                      }
                                      if (to != null) {
                                        r.lte(JsonData.of(to.toString()));
                                      }
                                      return r;
                                    }));
                      }
                      return b;
                    }));
    List<IssueSummary> out = new ArrayList<>();
    new SearchAfterPager(client, index)
        .forEach(
            BATCH,
            s ->
                s.query(query)
                    .sort(ArticleSearcher.field(Fields.DATE, SortOrder.Asc))
                    // Counts are all a listing needs: the pages' headlines stay on the cluster.
                    .source(
                        src -> src.filter(f -> f.excludes(Fields.PAGE_SUMMARIES + ".headlines"))),
            source -> {
              IssueId id = IssueId.parse(source.get(Fields.ISSUE_ID).asText());
              ArchivedIssue issue = documents.readIssue(id, source);
              out.add(
                  new IssueSummary(
                      id,
                      issue.pages().size(),
                      issue.pages().stream().mapToInt(PageSummary::articleCount).sum()));
            });
    return out;
  }

  /** How many issue, page and article documents the archive holds, by kind. */
  Map<String, Long> counts() throws IOException {
    SearchResponse<Void> response =
        client.search(
            s ->
                s.index(index)
                    .size(0)
                    .aggregations("kinds", a -> a.terms(t -> t.field(Fields.KIND).size(10))),
            Void.class);
    Map<String, Long> counts = new TreeMap<>();
    Aggregate kinds = response.aggregations().get("kinds");
    for (StringTermsBucket bucket : kinds.sterms().buckets().array()) {
      counts.put(bucket.key(), bucket.docCount());
    }
    return counts;
  }

  /** The bytes the archive's index takes on the cluster's disks, replicas included. */
  long bytesOnDisk() throws IOException {
    var stats = client.indices().stats(s -> s.index(index).metric(IndicesStatsMetric.Store));
    return stats.all().total().store().sizeInBytes();
  }
}
