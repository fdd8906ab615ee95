package baoku.archive.lucene;

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
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/** Papers and issues as a reader browses them, read from the issue records. */
final class ArchiveListings {
  private final IndexSearcher searcher;
  private final PageDocuments documents;

  ArchiveListings(IndexSearcher searcher, PageDocuments documents) {
    this.searcher = searcher;
    this.documents = documents;
  }

  long count(String kind) throws IOException {
    return searcher.count(new TermQuery(new Term(Fields.KIND, kind)));
  }

  /** Every paper with its issue count and date range, walking the issue records' doc values. */
  List<PaperSummary> papers() throws IOException {
    record Range(long issues, int first, int last) {}
    Map<String, Range> byPaper = new TreeMap<>();
    Weight weight =
        searcher.createWeight(
            searcher.rewrite(new TermQuery(new Term(Fields.KIND, Fields.ISSUE))),
            ScoreMode.COMPLETE_NO_SCORES,
            1f);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      SortedDocValues papers = DocValues.getSorted(leaf.reader(), Fields.PAPER_NAME);
      NumericDocValues dates = DocValues.getNumeric(leaf.reader(), Fields.DATE);
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live != null && !live.get(doc)
            || !papers.advanceExact(doc)
            || !dates.advanceExact(doc)) {
          continue;
        }
        String paper = papers.lookupOrd(papers.ordValue()).utf8ToString();
        int day = (int) dates.longValue();
        byPaper.merge(
            paper,
            new Range(1, day, day),
            (a, b) ->
                new Range(
                    a.issues + b.issues, Math.min(a.first, b.first), Math.max(a.last, b.last)));
      }
    }
    List<PaperSummary> out = new ArrayList<>();
    byPaper.forEach(
        (paper, range) ->
            out.add(
                new PaperSummary(
                    paper,
                    range.issues,
                    LocalDate.ofEpochDay(range.first),
                    LocalDate.ofEpochDay(range.last))));
    return out;
  }

  /** The issues of one paper within a date range (either end may be {@code null}), by date. */
  List<IssueSummary> issues(String paper, LocalDate from, LocalDate to) throws IOException {
    Query query =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.KIND, Fields.ISSUE)), Occur.FILTER)
            .add(
                SortedDocValuesField.newSlowExactQuery(Fields.PAPER_NAME, new BytesRef(paper)),
                Occur.FILTER)
            .add(
                IntPoint.newRangeQuery(
                    Fields.DATE,
                    from == null ? Integer.MIN_VALUE : (int) from.toEpochDay(),
                    to == null ? Integer.MAX_VALUE : (int) to.toEpochDay()),
                Occur.FILTER)
            .build();
    int n = Math.max(1, searcher.count(query));
    Sort byDate = new Sort(new SortField(Fields.DATE, SortField.Type.INT));
    List<IssueSummary> out = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(query, n, byDate).scoreDocs) {
      Document doc = searcher.storedFields().document(hit.doc);
      IssueId id = IssueId.parse(doc.get(Fields.ISSUE_ID));
      List<PageSummary> pages = documents.readPageSummaries(doc.get(Fields.PAGES_JSON));
      out.add(
          new IssueSummary(
              id, pages.size(), pages.stream().mapToInt(PageSummary::articleCount).sum()));
    }
    return out;
  }
}
