package baoku.archive.lucene;

import baoku.archive.ArchivedIssue;
import baoku.archive.IssueId;
import baoku.archive.PageSummary;
import baoku.archive.analysis.ChineseAnalyzers;
import baoku.page.PageJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Turns the issue records of a closed archive into what archives written before the records kept
 * headlines and counts hold: page summaries of number, article count and lead title only, and no
 * count doc values.
 */
public final class OlderIssueRecords {
  private OlderIssueRecords() {}

  public static void rewrite(Path archive) {
    PageJson json = new PageJson();
    PageDocuments documents = new PageDocuments(json, PageDocuments.facetsConfig());
    try (Directory directory = FSDirectory.open(archive.resolve("index"));
        IndexWriter writer =
            new IndexWriter(
                directory, new IndexWriterConfig(ArchiveAnalyzer.of(new ChineseAnalyzers())))) {
      List<Document> records = new ArrayList<>();
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        TermQuery issues = new TermQuery(new Term(Fields.KIND, Fields.ISSUE));
        for (ScoreDoc hit : searcher.search(issues, Integer.MAX_VALUE).scoreDocs) {
          Document stored = searcher.storedFields().document(hit.doc);
          IssueId id = IssueId.parse(stored.get(Fields.ISSUE_ID));
          List<PageSummary> pages = documents.readPageSummaries(stored.get(Fields.PAGES_JSON));
          ArchivedIssue issue =
              new ArchivedIssue(id, documents.readIssue(stored.get(Fields.ISSUE_JSON)), pages);
          records.add(older(documents.issue(issue), pages, json));
        }
      }
      for (Document record : records) {
        String id = record.get(Fields.ISSUE_ID);
        writer.updateDocument(new Term(Fields.ISSUE_RECORD, id), record);
      }
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Document older(Document record, List<PageSummary> pages, PageJson json) {
    record.removeFields(Fields.ISSUE_PAGE_COUNT);
    record.removeFields(Fields.ISSUE_ARTICLE_COUNT);
    record.removeFields(Fields.PAGES_JSON);
    List<Map<String, Object>> summaries = new ArrayList<>();
    for (PageSummary page : pages) {
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("number", page.number());
      summary.put("article_count", page.articleCount());
      summary.put("lead_title", page.leadTitle());
      summaries.add(summary);
    }
    record.add(new StoredField(Fields.PAGES_JSON, json.write(summaries, false)));
    return record;
  }
}
