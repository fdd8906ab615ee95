package baoku.archive.lucene;

import baoku.archive.ArchivedArticle;
import baoku.archive.ArticleId;
import baoku.page.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Streams the articles a filter admits in archive order (paper, date, page, reading order), a batch
 * at a time, so that exporting a whole archive holds one batch in memory.
 */
final class ArticleExport {
  private static final int BATCH = 500;
  private static final Sort ARCHIVE_ORDER =
      new Sort(
          new SortField(Fields.PAPER_NAME, SortField.Type.STRING),
          new SortField(Fields.DATE, SortField.Type.INT),
          new SortField(Fields.PAGE_NUMBER, SortField.Type.INT),
          new SortField(Fields.ORDINAL, SortField.Type.INT));

  private final IndexSearcher searcher;
  private final Query query;
  private final PageDocuments documents;

  ArticleExport(IndexSearcher searcher, Query query, PageDocuments documents) {
    this.searcher = searcher;
    this.query = query;
    this.documents = documents;
  }

  Stream<ArchivedArticle> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            new Batches(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  private final class Batches implements Iterator<ArchivedArticle> {
    private final Deque<ArchivedArticle> batch = new ArrayDeque<>();
    private ScoreDoc after;
    private boolean exhausted;

    /** Consecutive articles mostly share a page: keep the last one parsed. */
    private String cachedPageId;

    private Page cachedPage;

    @Override
    public boolean hasNext() {
      if (batch.isEmpty() && !exhausted) {
        fill();
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

    private void fill() {
      try {
        TopDocs top =
            after == null
                ? searcher.search(query, BATCH, ARCHIVE_ORDER)
                : searcher.searchAfter(after, query, BATCH, ARCHIVE_ORDER);
        if (top.scoreDocs.length < BATCH) {
          exhausted = true;
        }
        for (ScoreDoc hit : top.scoreDocs) {
          Document doc = searcher.storedFields().document(hit.doc);
          ArticleId id = ArticleId.parse(doc.get(Fields.ARTICLE_ID));
          page(doc.get(Fields.PAGE_ID))
              .ifPresent(
                  page -> batch.add(ArticleSearch.archived(id, doc.get(Fields.LOGICAL_ID), page)));
          after = hit;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private Optional<Page> page(String pageId) throws IOException {
      if (!pageId.equals(cachedPageId)) {
        Query pageRecord =
            new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.PAGE_ID, pageId)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.KIND, Fields.PAGE)), Occur.FILTER)
                .build();
        cachedPage =
            LuceneArchive.first(searcher, pageRecord)
                .map(doc -> documents.readPage(doc.get(Fields.PAGE_JSON)))
                .orElse(null);
        cachedPageId = pageId;
      }
      return Optional.ofNullable(cachedPage);
    }
  }
}
