package baoku.archive.opensearch;

import baoku.archive.ArchivedArticle;
import baoku.archive.ArticleFilter;
import baoku.archive.ArticleId;
import baoku.page.Page;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.MgetResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.core.search.Pit;

/**
 * Streams the articles a filter admits in archive order (paper, date, page, reading order), a batch
 * at a time, over a point in time of the index: the export sees one state of the archive however
 * long it runs, as the embedded store's does. Each batch fetches its pages in one request.
 */
final class ArticleExporter {
  private static final int BATCH = 500;
  private static final String KEEP_ALIVE = "10m";
  private static final List<SortOptions> ARCHIVE_ORDER =
      List.of(
          ArticleSearcher.field(Fields.PAPER, SortOrder.Asc),
          ArticleSearcher.field(Fields.DATE, SortOrder.Asc),
          ArticleSearcher.field(Fields.PAGE_NUMBER, SortOrder.Asc),
          ArticleSearcher.field(Fields.ORDINAL, SortOrder.Asc));

  private final OpenSearchClient client;
  private final String index;
  private final ArticleFilters filters;
  private final ArchiveDocuments documents;
  private final ClusterFailures failures;

  ArticleExporter(
      OpenSearchClient client,
      String index,
      ArticleFilters filters,
      ArchiveDocuments documents,
      ClusterFailures failures) {
    this.client = client;
    this.index = index;
    this.filters = filters;
    this.documents = documents;
    this.failures = failures;
  }

  Stream<ArchivedArticle> stream(ArticleFilter filter) throws IOException {
    String pit = client.createPit(p -> p.index(index).keepAlive(t -> t.time(KEEP_ALIVE))).pitId();
    Batches batches = new Batches(pit, filters.query(filter));
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(batches, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(batches::close);
  }

  private final class Batches implements Iterator<ArchivedArticle> {
    private final String pit;
    private final Query query;
    private final Deque<ArchivedArticle> batch = new ArrayDeque<>();
    private List<FieldValue> after;
    private boolean exhausted;

    Batches(String pit, Query query) {
      this.pit = pit;
      this.query = query;
    }

    @Override
    public boolean hasNext() {
      if (batch.isEmpty() && !exhausted) {
        try {
          fill();
        } catch (IOException | RuntimeException e) {
          throw failures.explain("export from archive " + index, e);
        }
      }
      return !batch.isEmpty();
    }

    @Override
    public ArchivedArticle next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return batch.removeFirst();
    }

    private void fill() throws IOException {
      SearchResponse<ObjectNode> response =
          client.search(
              s -> {
                s.pit(Pit.of(p -> p.id(pit).keepAlive(KEEP_ALIVE)))
                    .query(query)
                    .size(BATCH)
                    .sort(ARCHIVE_ORDER)
                    .source(
                        src ->
                            src.filter(
                                f ->
                                    f.includes(
                                        Fields.ARTICLE_ID, Fields.PAGE_ID, Fields.LOGICAL_ID)))
                    .trackTotalHits(t -> t.enabled(false));
                if (after != null) {
                  s.searchAfter(after);
                }
                return s;
              },
              ObjectNode.class);
      List<Hit<ObjectNode>> hits = response.hits().hits();
      if (hits.size() < BATCH) {
        exhausted = true;
      }
      Set<String> pageIds = new LinkedHashSet<>();
      hits.forEach(hit -> pageIds.add(hit.source().get(Fields.PAGE_ID).asText()));
      Map<String, Page> pages = pages(pageIds);
      for (Hit<ObjectNode> hit : hits) {
        ArticleId id = ArticleId.parse(hit.source().get(Fields.ARTICLE_ID).asText());
        Page page = pages.get(hit.source().get(Fields.PAGE_ID).asText());
        if (page != null && id.ordinal() <= page.articles().size()) {
          batch.add(
              new ArchivedArticle(
                  id,
                  hit.source().path(Fields.LOGICAL_ID).asText(id.toString()),
                  page.issue(),
                  page.articles().get(id.ordinal() - 1)));
        }
        after = hit.sort();
      }
    }

    private Map<String, Page> pages(Set<String> ids) throws IOException {
      Map<String, Page> pages = new HashMap<>();
      if (ids.isEmpty()) {
        return pages;
      }
      MgetResponse<ObjectNode> found =
          client.mget(m -> m.index(index).ids(List.copyOf(ids)).realtime(false), ObjectNode.class);
      found.docs().stream()
          .filter(d -> d.isResult() && d.result().found())
          .forEach(d -> pages.put(d.result().id(), documents.readPage(d.result().source())));
      return pages;
    }

    void close() {
      try {
        client.deletePit(d -> d.pitId(pit));
      } catch (IOException | RuntimeException e) {
        // The point in time expires by itself after its keep-alive.
      }
    }
  }
}
