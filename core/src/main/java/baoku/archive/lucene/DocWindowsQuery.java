package baoku.archive.lucene;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorerSupplier;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * Matches one run of {@code run} documents in every {@code stride} of each segment: a sample of the
 * index spread evenly over it (documents lie in the order they were put, so over every year of the
 * archive). Joined to a query as a filter, it lets the query be counted on that part alone, since
 * the other clauses skip over the runs left out.
 */
final class DocWindowsQuery extends Query {
  private final int run;
  private final int stride;

  DocWindowsQuery(int run, int stride) {
    if (run < 1 || stride < 1) {
      throw new IllegalArgumentException("run and stride must be positive: " + run + ", " + stride);
    }
    this.run = run;
    this.stride = stride;
  }

  /** The matches in all the index, from those {@code sampled} found with this query as filter. */
  long estimate(FacetsCollector sampled) {
    double total = 0;
    for (FacetsCollector.MatchingDocs segment : sampled.getMatchingDocs()) {
      int maxDoc = segment.context().reader().maxDoc();
      long covered = covered(maxDoc);
      total += covered == 0 ? 0 : segment.totalHits() * (maxDoc / (double) covered);
    }
    return Math.round(total);
  }

  /** How many of a segment's {@code maxDoc} documents this query matches. */
  long covered(int maxDoc) {
    long period = (long) run * stride;
    return maxDoc / period * run + Math.min(run, maxDoc % period);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) {
        int maxDoc = context.reader().maxDoc();
        return ConstantScoreScorerSupplier.fromIterator(
            new Windows(maxDoc), score(), scoreMode, maxDoc);
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return false; // a sample for one search, not a filter worth keeping
      }
    };
  }

  /** The documents of the runs that start at multiples of {@code run * stride}. */
  private final class Windows extends DocIdSetIterator {
    private final int maxDoc;
    private int doc = -1;

    Windows(int maxDoc) {
      this.maxDoc = maxDoc;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() {
      return advance(doc + 1);
    }

    @Override
    public int advance(int target) {
      long period = (long) run * stride;
      long into = target % period;
      long next = into < run ? target : target - into + period;
      doc = next >= maxDoc ? NO_MORE_DOCS : (int) next;
      return doc;
    }

    @Override
    public long cost() {
      return maxDoc / stride;
    }
  }

  @Override
  public String toString(String field) {
    return "DocWindows(" + run + "/" + stride + ")";
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && run == ((DocWindowsQuery) other).run
        && stride == ((DocWindowsQuery) other).stride;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * classHash() + run) + stride;
  }
}
