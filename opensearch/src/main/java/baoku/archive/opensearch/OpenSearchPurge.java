package baoku.archive.opensearch;

import baoku.archive.ArchiveException;
import baoku.archive.ArchivedIssue;
import baoku.archive.IssueId;
import baoku.archive.IssuePages;
import baoku.archive.PageId;
import baoku.archive.PurgeReport;
import baoku.archive.PurgeSelection;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.Conflicts;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.DeleteByQueryResponse;

/**
 * Removes what a {@link PurgeSelection} names from the cluster: the issue records first (deleted by
 * query where whole issues go, rewritten or deleted one by one after a run's), then every document
 * of the selected pages by query on their ids, then one refresh, so readers see the purge whole.
 */
final class OpenSearchPurge {
  /** Page ids read, and deleted by one query, at a time: well inside the cluster's term limit. */
  private static final int BATCH = 10_000;

  private final OpenSearchClient client;
  private final String index;
  private final ArchiveDocuments documents;
  private final BulkWriter writer;

  OpenSearchPurge(
      OpenSearchClient client, String index, ArchiveDocuments documents, BulkWriter writer) {
    this.client = client;
    this.index = index;
    this.documents = documents;
    this.writer = writer;
  }

  PurgeReport purge(PurgeSelection selection) throws IOException {
    List<PageId> pages = new ArrayList<>();
    long articles = selectedPages(selection, pages);
    long removed = 0;
    long shrunk = 0;
    if (selection.wholeIssues()) {
      Query records = where(selection, Fields.ISSUE);
      removed = client.count(c -> c.index(index).query(records)).count();
      deleteByQuery(records);
    } else {
      Map<IssueId, Set<Integer>> byIssue = new LinkedHashMap<>();
      for (PageId id : pages) {
        byIssue.computeIfAbsent(id.issue(), k -> new HashSet<>()).add(id.number());
      }
      List<BulkWriter.Operation> records = new ArrayList<>();
      for (var entry : byIssue.entrySet()) {
        String id = entry.getKey().toString();
        var held = client.get(g -> g.index(index).id(id), ObjectNode.class);
        if (!held.found()) {
          continue;
        }
        ArchivedIssue issue = documents.readIssue(entry.getKey(), held.source());
        var left = IssuePages.without(issue, entry.getValue());
        if (left.isPresent()) {
          records.add(BulkWriter.Operation.index(id, documents.bytes(documents.issue(left.get()))));
          shrunk++;
        } else {
          records.add(BulkWriter.Operation.delete(id));
          removed++;
        }
      }
      writer.send(records);
    }
    for (int start = 0; start < pages.size(); start += BATCH) {
      List<FieldValue> ids =
          pages.subList(start, Math.min(pages.size(), start + BATCH)).stream()
              .map(id -> FieldValue.of(id.toString()))
              .toList();
      deleteByQuery(Query.of(q -> q.terms(t -> t.field(Fields.PAGE_ID).terms(v -> v.value(ids)))));
    }
    String line =
        "purge "
            + selection.describe()
            + ": "
            + pages.size()
            + " pages, "
            + articles
            + " articles, "
            + removed
            + " issues removed, "
            + shrunk
            + " kept other pages";
    ObjectNode journal = documents.pageJson().mapper().createObjectNode();
    journal.put(Fields.KIND, Fields.JOURNAL);
    journal.put(Fields.JOURNAL_AT, Instant.now().toString());
    journal.put(Fields.JOURNAL_TEXT, line);
    writer.send(
        List.of(
            BulkWriter.Operation.index(
                Fields.JOURNAL + "/" + UUID.randomUUID(), documents.bytes(journal))));
    client.indices().refresh(r -> r.index(index));
    return new PurgeReport(pages, articles, removed, shrunk);
  }

  /** Adds the selected pages' ids to {@code pages}; returns how many articles they hold. */
  private long selectedPages(PurgeSelection selection, List<PageId> pages) throws IOException {
    Query query = where(selection, Fields.PAGE);
    long[] articles = {0};
    new SearchAfterPager(client, index)
        .forEach(
            BATCH,
            s ->
                s.query(query)
                    .sort(ArticleSearcher.field(Fields.PAGE_ID, SortOrder.Asc))
                    .source(
                        src -> src.filter(f -> f.includes(Fields.PAGE_ID, Fields.ARTICLE_COUNT))),
            source -> {
              pages.add(PageId.parse(source.path(Fields.PAGE_ID).asText()));
              articles[0] += source.path(Fields.ARTICLE_COUNT).asLong();
            });
    return articles[0];
  }

  private void deleteByQuery(Query query) throws IOException {
    DeleteByQueryResponse response =
        client.deleteByQuery(d -> d.index(index).query(query).conflicts(Conflicts.Proceed));
    if (!response.failures().isEmpty()) {
      throw new ArchiveException(
          "the cluster could not remove every document of the purge: "
              + response.failures().get(0).cause().reason());
    }
  }

  /** Records of {@code kind} that the selection names. */
  private static Query where(PurgeSelection selection, String kind) {
    List<Query> filters = new ArrayList<>();
    filters.add(ArticleFilters.term(Fields.KIND, kind));
    if (selection.paper() != null) {
      filters.add(ArticleFilters.term(Fields.PAPER, selection.paper()));
    }
    if (selection.from() != null || selection.to() != null) {
      filters.add(
          Query.of(
              q ->
                  q.range(
                      r -> {
                        r.field(Fields.DATE);
                        if (selection.from() != null) {
                          r.gte(JsonData.of(selection.from().toString()));
                        }
                        if (selection.to() != null) {
                          r.lte(JsonData.of(selection.to().toString()));
                        }
                        return r;
                      })));
    }
    if (selection.run() != null) {
      filters.add(ArticleFilters.term(Fields.RUN, selection.run()));
    }
    return Query.of(q -> q.bool(b -> b.filter(filters)));
  }
}
