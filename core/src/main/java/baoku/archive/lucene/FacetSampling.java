package baoku.archive.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;

/**
 * Facet counts of a very large result set, estimated from a sample of its matches. Counting costs
 * time in proportion to the matches times the facet values each article carries (paper, dates,
 * page, authors and every person, place and organisation named), so a word found in half the
 * archive would cost more to count than to find. Past {@code size} matches, one match is drawn at
 * random from each run of {@code matches / size} (so the sample spreads over the whole archive),
 * and the counts are scaled up. The seed is fixed: a query gives the same counts every time.
 */
final class FacetSampling {
  private final int size;
  private final long seed;

  FacetSampling(int size, long seed) {
    if (size < 1) {
      throw new IllegalArgumentException("sample size must be positive: " + size);
    }
    this.size = size;
    this.seed = seed;
  }

  /** Whether counts over {@code matches} matches are estimated rather than counted. */
  boolean samples(long matches) {
    return matches > size;
  }

  /** About {@code size} of the matches {@code all} holds, {@code matches} in all. */
  FacetsCollector sample(FacetsCollector all, long matches) throws IOException {
    int run = (int) Math.ceil(matches / (double) size);
    SplittableRandom random = new SplittableRandom(seed);
    List<MatchingDocs> sampled = new ArrayList<>();
    // One draw per run, carried across segments so that small segments are sampled fairly too.
    int inRun = 0;
    int pick = random.nextInt(run);
    for (MatchingDocs segment : all.getMatchingDocs()) {
      FixedBitSet kept = new FixedBitSet(segment.context().reader().maxDoc());
      int count = 0;
      DocIdSetIterator docs = segment.bits() == null ? null : segment.bits().iterator();
      if (docs != null) {
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          if (inRun == pick) {
            kept.set(doc);
            count++;
          }
          if (++inRun == run) {
            inRun = 0;
            pick = random.nextInt(run);
          }
        }
      }
      sampled.add(new MatchingDocs(segment.context(), new BitDocIdSet(kept, count), count, null));
    }
    return new FacetsCollector() {
      @Override
      public List<MatchingDocs> getMatchingDocs() {
        return sampled;
      }
    };
  }

  /** A count in the sample scaled to all matches. */
  static long scaled(long count, long sampled, long matches) {
    return sampled == 0 ? 0 : Math.round(count * (matches / (double) sampled));
  }
}
