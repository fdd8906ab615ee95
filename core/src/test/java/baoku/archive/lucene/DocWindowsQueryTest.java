package baoku.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class DocWindowsQueryTest {
  private static final int DOCS = 60_000;

  private static DirectoryReader index(ByteBuffersDirectory dir) throws Exception {
    Random random = new Random(5);
    try (IndexWriter writer =
        new IndexWriter(dir, new IndexWriterConfig().setMaxBufferedDocs(13_000))) {
      for (int i = 0; i < DOCS; i++) {
        Document doc = new Document();
        // A word in 30 % of documents, more of them late in the index than early.
        boolean common = random.nextInt(100) < (i < DOCS / 2 ? 20 : 40);
        doc.add(new StringField("word", common ? "common" : "rare", Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    return DirectoryReader.open(dir);
  }

  private static FacetsCollector within(IndexSearcher searcher, Query query, DocWindowsQuery sample)
      throws Exception {
    return searcher.search(
        new BooleanQuery.Builder().add(query, Occur.FILTER).add(sample, Occur.FILTER).build(),
        new FacetsCollectorManager());
  }

  @Test
  void matchesTheRunsItCoversAndNoOthers() throws Exception {
    DocWindowsQuery sample = new DocWindowsQuery(100, 8);
    assertThat(sample.covered(0)).isZero();
    assertThat(sample.covered(50)).isEqualTo(50);
    assertThat(sample.covered(800)).isEqualTo(100);
    assertThat(sample.covered(1_650)).isEqualTo(250);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        DirectoryReader reader = index(dir)) {
      assertThat(reader.leaves()).hasSizeGreaterThan(1);
      IndexSearcher searcher = new IndexSearcher(reader);
      FacetsCollector all = within(searcher, new MatchAllDocsQuery(), sample);
      long expected =
          reader.leaves().stream().mapToLong(l -> sample.covered(l.reader().maxDoc())).sum();
      assertThat(all.getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum())
          .isEqualTo(expected);
      assertThat(sample.estimate(all)).isEqualTo(DOCS);
    }
  }

  @Test
  void estimatesTheMatchesOfAQueryFromTheSample() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        DirectoryReader reader = index(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Query common = new TermQuery(new Term("word", "common"));
      long exact = searcher.count(common);
      long estimate =
          new DocWindowsQuery(256, 8)
              .estimate(within(searcher, common, new DocWindowsQuery(256, 8)));
      assertThat(estimate).isBetween(exact * 95 / 100, exact * 105 / 100);
    }
  }
}
