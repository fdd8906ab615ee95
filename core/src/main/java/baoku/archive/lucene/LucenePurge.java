package baoku.archive.lucene;

import baoku.archive.ArchivedIssue;
import baoku.archive.IssueId;
import baoku.archive.IssuePages;
import baoku.archive.PageId;
import baoku.archive.PurgeReport;
import baoku.archive.PurgeSelection;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Removes what a {@link PurgeSelection} names from the index, as deletes for the writer's next
 * commit: the selected pages' blocks (record, articles, sightings) by their page ids, and the issue
 * records, deleted where no page is left and rewritten where some are.
 */
final class LucenePurge {
  private final IndexWriter writer;
  private final PageDocuments documents;

  LucenePurge(IndexWriter writer, PageDocuments documents) {
    this.writer = writer;
    this.documents = documents;
  }

  PurgeReport purge(IndexSearcher searcher, PurgeSelection selection) throws IOException {
    List<PageId> pages = selectedPages(searcher, selection);
    long articles = searcher.count(where(selection, Fields.ARTICLE, Fields.PAGE_ID));
    List<BytesRef> ids = pages.stream().map(id -> new BytesRef(id.toString())).toList();
    if (!ids.isEmpty()) {
      writer.deleteDocuments(new TermInSetQuery(Fields.PAGE_ID, ids));
    }
    long removed = 0;
    long shrunk = 0;
    if (selection.wholeIssues()) {
      Query records = issueRecords(selection);
      removed = searcher.count(records);
      writer.deleteDocuments(records);
    } else {
      Map<IssueId, Set<Integer>> byIssue = new LinkedHashMap<>();
      for (PageId id : pages) {
        byIssue.computeIfAbsent(id.issue(), k -> new HashSet<>()).add(id.number());
      }
      for (var entry : byIssue.entrySet()) {
        Term record = new Term(Fields.ISSUE_RECORD, entry.getKey().toString());
        var held = LuceneArchive.first(searcher, new TermQuery(record));
        if (held.isEmpty()) {
          continue;
        }
        ArchivedIssue issue =
            new ArchivedIssue(
                entry.getKey(),
                documents.readIssue(held.get().get(Fields.ISSUE_JSON)),
                documents.readPageSummaries(held.get().get(Fields.PAGES_JSON)));
        var left = IssuePages.without(issue, entry.getValue());
        if (left.isPresent()) {
          writer.updateDocument(record, documents.issue(left.get()));
          shrunk++;
        } else {
          writer.deleteDocuments(record);
          removed++;
        }
      }
    }
    PurgeReport report = new PurgeReport(pages, articles, removed, shrunk);
    writer.addDocument(
        PageDocuments.journal(
            Instant.now().toEpochMilli(),
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
                + " kept other pages"));
    return report;
  }

  /**
   * The ids of the pages the selection names, from their records' doc values: reading them from
   * stored fields would unpack every page's JSON beside them.
   */
  private static List<PageId> selectedPages(IndexSearcher searcher, PurgeSelection selection)
      throws IOException {
    List<PageId> pages = new ArrayList<>();
    searcher.search(
        where(selection, Fields.PAGE, Fields.PAGE_ID),
        new SimpleCollector() {
          private SortedDocValues papers;
          private NumericDocValues days;
          private NumericDocValues numbers;

          @Override
          protected void doSetNextReader(LeafReaderContext context) throws IOException {
            papers = DocValues.getSorted(context.reader(), Fields.PAPER_NAME);
            days = DocValues.getNumeric(context.reader(), Fields.DATE);
            numbers = DocValues.getNumeric(context.reader(), Fields.PAGE_NUMBER);
          }

          @Override
          public void collect(int doc) throws IOException {
            if (!papers.advanceExact(doc)
                || !days.advanceExact(doc)
                || !numbers.advanceExact(doc)) {
              throw new IllegalStateException("a page record without its paper, date or number");
            }
            String paper = papers.lookupOrd(papers.ordValue()).utf8ToString();
            LocalDate date = LocalDate.ofEpochDay(days.longValue());
            pages.add(new IssueId(paper, date).page((int) numbers.longValue()));
          }

          @Override
          public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
          }
        });
    return pages;
  }

  /** The issue records of the paper and dates the selection names. */
  private static Query issueRecords(PurgeSelection selection) {
    return where(selection, Fields.ISSUE, Fields.ISSUE_ID);
  }

  private static Query where(PurgeSelection selection, String kind, String idField) {
    BooleanQuery.Builder query =
        new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.KIND, kind)), Occur.FILTER);
    if (selection.paper() != null) {
      // Ids start PAPER/, and a paper's name holds no '/'.
      query.add(new PrefixQuery(new Term(idField, selection.paper() + "/")), Occur.FILTER);
    }
    if (selection.from() != null || selection.to() != null) {
      query.add(
          IntPoint.newRangeQuery(
              Fields.DATE,
              day(selection.from(), Integer.MIN_VALUE),
              day(selection.to(), Integer.MAX_VALUE)),
          Occur.FILTER);
    }
    if (selection.run() != null) {
      query.add(new TermQuery(new Term(Fields.RUN, selection.run())), Occur.FILTER);
    }
    return query.build();
  }

  private static int day(LocalDate date, int unbounded) {
    return date == null ? unbounded : Math.toIntExact(date.toEpochDay());
  }
}
