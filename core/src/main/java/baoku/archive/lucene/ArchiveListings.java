package baoku.archive.lucene;

import baoku.archive.IssueId;
import baoku.archive.IssueSummary;
import baoku.archive.PageSummary;
import baoku.archive.PaperSummary;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
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
      // Counted by ordinal, each paper's name looked up once per segment.
      int ords = papers.getValueCount();
      long[] issues = new long[ords];
      int[] first = new int[ords];
      int[] last = new int[ords];
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live != null && !live.get(doc)
            || !papers.advanceExact(doc)
            || !dates.advanceExact(doc)) {
          continue;
        }
        int ord = papers.ordValue();
        int day = (int) dates.longValue();
        first[ord] = issues[ord] == 0 ? day : Math.min(first[ord], day);
        last[ord] = issues[ord] == 0 ? day : Math.max(last[ord], day);
        issues[ord]++;
      }
      for (int ord = 0; ord < ords; ord++) {
        if (issues[ord] > 0) {
          byPaper.merge(
              papers.lookupOrd(ord).utf8ToString(),
              new Range(issues[ord], first[ord], last[ord]),
              (a, b) ->
                  new Range(
                      a.issues + b.issues, Math.min(a.first, b.first), Math.max(a.last, b.last)));
        }
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

  /**
   * The issues of one paper within a date range (either end may be {@code null}), by date. The
   * counts come from the issue records' doc values; a record written before those were kept is read
   * from its stored summaries instead.
   */
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
    Weight weight =
        searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<IssueSummary> out = new ArrayList<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      NumericDocValues dates = DocValues.getNumeric(leaf.reader(), Fields.DATE);
      NumericDocValues pageCounts = DocValues.getNumeric(leaf.reader(), Fields.ISSUE_PAGE_COUNT);
      NumericDocValues articleCounts =
          DocValues.getNumeric(leaf.reader(), Fields.ISSUE_ARTICLE_COUNT);
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live != null && !live.get(doc) || !dates.advanceExact(doc)) {
          continue;
        }
        IssueId id = new IssueId(paper, LocalDate.ofEpochDay(dates.longValue()));
        if (pageCounts.advanceExact(doc) && articleCounts.advanceExact(doc)) {
          out.add(
              new IssueSummary(id, (int) pageCounts.longValue(), (int) articleCounts.longValue()));
        } else {
          out.add(storedSummary(id, leaf, doc));
        }
      }
    }
    out.sort(Comparator.comparing(issue -> issue.id().date()));
    return out;
  }

  private IssueSummary storedSummary(IssueId id, LeafReaderContext leaf, int doc)
      throws IOException {
    Document stored = leaf.reader().storedFields().document(doc, Set.of(Fields.PAGES_JSON));
    List<PageSummary> pages = documents.readPageSummaries(stored.get(Fields.PAGES_JSON));
    return new IssueSummary(
        id, pages.size(), pages.stream().mapToInt(PageSummary::articleCount).sum());
  }
}
