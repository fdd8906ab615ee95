package baoku.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class FacetSamplingTest {
  private static final int DOCS = 30_000;

  /**
   * Documents in the order an archive holds them: pages of eight articles in turn, so that a sample
   * taken at a fixed stride would see one page number only.
   */
  private static DirectoryReader index(ByteBuffersDirectory dir) throws Exception {
    FacetsConfig config = new FacetsConfig();
    Random random = new Random(3);
    try (IndexWriter writer =
        new IndexWriter(dir, new IndexWriterConfig().setMaxBufferedDocs(7_000))) {
      for (int i = 0; i < DOCS; i++) {
        Document doc = new Document();
        doc.add(new SortedSetDocValuesFacetField("page", String.valueOf(1 + i % 8)));
        // A skewed facet: one value in 60 % of documents, the rest spread thin.
        String year = random.nextInt(10) < 6 ? "2022" : String.valueOf(2000 + random.nextInt(20));
        doc.add(new SortedSetDocValuesFacetField("year", year));
        writer.addDocument(config.build(doc));
      }
    }
    return DirectoryReader.open(dir);
  }

  @Test
  void estimatesAreCloseToTheCountsAndRepeatable() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        DirectoryReader reader = index(dir)) {
      assertThat(reader.leaves()).hasSizeGreaterThan(1);
      IndexSearcher searcher = new IndexSearcher(reader);
      FacetsCollector all = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
      FacetSampling sampling = new FacetSampling(3_000, 7);
      assertThat(sampling.samples(DOCS)).isTrue();
      assertThat(sampling.samples(3_000)).isFalse();

      FacetsCollector sample = sampling.sample(all, DOCS);
      long sampled = sample.getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
      assertThat(sampled).isBetween(2_900L, 3_000L);

      var state = new DefaultSortedSetDocValuesReaderState(reader, new FacetsConfig());
      FacetResult exact = new SortedSetDocValuesFacetCounts(state, all).getTopChildren(20, "page");
      FacetResult estimated =
          new SortedSetDocValuesFacetCounts(state, sample).getTopChildren(20, "page");
      assertThat(estimated.labelValues).hasSize(8);
      for (LabelAndValue page : estimated.labelValues) {
        long scaled = FacetSampling.scaled(page.value.longValue(), sampled, DOCS);
        assertThat(scaled).isBetween(DOCS / 8 * 85 / 100L, DOCS / 8 * 115 / 100L);
      }
      assertThat(exact.labelValues[0].value.longValue()).isEqualTo(DOCS / 8);

      FacetResult years =
          new SortedSetDocValuesFacetCounts(state, sample).getTopChildren(1, "year");
      assertThat(years.labelValues[0].label).isEqualTo("2022");

      FacetsCollector again = sampling.sample(all, DOCS);
      assertThat(new SortedSetDocValuesFacetCounts(state, again).getTopChildren(20, "page"))
          .isEqualTo(estimated);
    }
  }

  @Test
  void scalingAndBounds() {
    assertThat(FacetSampling.scaled(10, 100, 1_000)).isEqualTo(100);
    assertThat(FacetSampling.scaled(7, 7, 7)).isEqualTo(7);
    assertThat(FacetSampling.scaled(0, 0, 1_000)).isZero();
    assertThatThrownBy(() -> new FacetSampling(0, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
