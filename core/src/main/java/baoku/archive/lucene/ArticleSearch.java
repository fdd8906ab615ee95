package baoku.archive.lucene;

import baoku.archive.ArchivedArticle;
import baoku.archive.ArticleFilter;
import baoku.archive.ArticleId;
import baoku.archive.FacetCount;
import baoku.archive.InvalidQueryException;
import baoku.archive.SearchHit;
import baoku.archive.SearchRequest;
import baoku.archive.SearchResult;
import baoku.page.Page;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;

/** Ranked, filtered, faceted and highlighted search over the article documents. */
final class ArticleSearch {
  private static final int FACET_VALUES = 50;

  /**
   * Past this many matches facet counts are estimated from a sample of this many: counting them all
   * would cost a common word more than finding it. A value that holds a tenth of the matches is
   * then counted within about 6 %.
   */
  private static final int FACET_SAMPLE = 2_500;

  private static final long FACET_SAMPLE_SEED = 0x5eed_ba0cL;

  /**
   * Matches are first counted on one run of 1,024 articles in every eight of the index; a query
   * that matches more than this many there, scaled to the whole, is not counted further: its count
   * and facets are estimates. Common words match hundreds of thousands of articles, and finding
   * every one of them would cost more than ranking the first page. Past this bound the sample holds
   * some 2,500 matches, and the estimate is within a few percent.
   */
  private static final long ESTIMATE_ABOVE = 20_000;

  private static final DocWindowsQuery COUNT_SAMPLE = new DocWindowsQuery(1024, 8);
  private static final Set<String> HIT_FIELDS =
      Set.of(
          Fields.ARTICLE_ID,
          Fields.LOGICAL_ID,
          Fields.DATE,
          Fields.TITLE_BIGRAMS,
          Fields.AUTHOR_NAMES,
          Fields.GENRE_NAME);

  private final Analyzer analyzer;
  private final FacetsConfig facetsConfig;
  private final FacetSampling sampling = new FacetSampling(FACET_SAMPLE, FACET_SAMPLE_SEED);

  /** What is kept for the newest searcher; rebuilt when a commit brings a new one. */
  private volatile SearcherState searcherState;

  /**
   * The facet ordinals of a searcher's reader ({@code null} while no facet is indexed) and its
   * highlighter.
   */
  private record SearcherState(
      IndexSearcher searcher, SortedSetDocValuesReaderState facets, Snippets snippets) {}

  ArticleSearch(Analyzer analyzer, FacetsConfig facetsConfig) {
    this.analyzer = analyzer;
    this.facetsConfig = facetsConfig;
  }

  SearchResult search(IndexSearcher searcher, SearchRequest request) throws IOException {
    Query text = parse(request.query());
    Query query =
        new BooleanQuery.Builder()
            .add(text, Occur.MUST)
            .add(filterQuery(request.filter()), Occur.FILTER)
            .build();
    int wanted = Math.max(1, request.offset() + request.limit());
    Sort sort = sort(request.order());
    // Two passes. The first ranks: told that only the top few matter, Lucene skips blocks of
    // postings that cannot beat them. The second finds every match, unscored, for the count and
    // the facets. One pass that did both would have to score every match.
    TopDocs top = searcher.search(query, new TopFieldCollectorManager(sort, wanted, null, wanted));
    if (request.order() == SearchRequest.Order.RELEVANCE) {
      // Sorted by relevance first, a hit's score is its first sort value.
      for (ScoreDoc hit : top.scoreDocs) {
        hit.score = (Float) ((FieldDoc) hit).fields[0];
      }
    } else {
      TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
    }
    // The count and the facets: first on a sample of the index; on all of it unless the sample
    // shows the matches are too many to be worth counting one by one. An index too small to hold
    // that many is counted whole at once.
    FacetsCollector sampled =
        searcher.getIndexReader().maxDoc() <= ESTIMATE_ABOVE
            ? null
            : searcher.search(
                new BooleanQuery.Builder()
                    .add(query, Occur.FILTER)
                    .add(COUNT_SAMPLE, Occur.FILTER)
                    .build(),
                new FacetsCollectorManager());
    long estimate = sampled == null ? 0 : COUNT_SAMPLE.estimate(sampled);
    boolean countEstimated = estimate > ESTIMATE_ABOVE;
    FacetsCollector matching =
        countEstimated
            ? sampled
            : searcher.search(new ConstantScoreQuery(query), new FacetsCollectorManager());
    long counted = matching.getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
    long matches = countEstimated ? estimate : counted;
    ScoreDoc[] page =
        request.offset() >= top.scoreDocs.length
            ? new ScoreDoc[0]
            : Arrays.copyOfRange(
                top.scoreDocs,
                request.offset(),
                Math.min(top.scoreDocs.length, request.offset() + request.limit()));
    boolean facetsSampled = sampling.samples(counted);
    return new SearchResult(
        matches,
        countEstimated,
        hits(searcher, text, page),
        facets(searcher, facetsSampled ? sampling.sample(matching, counted) : matching, matches),
        countEstimated || facetsSampled);
  }

  Query parse(String queryText) {
    return parse(analyzer, queryText);
  }

  /** The query language read with {@code analyzer}; a blank query matches all. */
  static Query parse(Analyzer analyzer, String queryText) {
    if (queryText.isBlank()) {
      return new MatchAllDocsQuery();
    }
    try {
      Query query = new ArchiveQueryParser(analyzer).parse(queryText);
      return query == null ? new MatchAllDocsQuery() : query;
    } catch (ParseException e) {
      String reason = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      throw new InvalidQueryException("cannot read query '" + queryText + "': " + reason, e);
    }
  }

  /** Articles only, restricted by the filter's fields. */
  Query filterQuery(ArticleFilter filter) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)), Occur.FILTER);
    if (filter.paper() != null) {
      query.add(keyword(Fields.PAPER, filter.paper()), Occur.FILTER);
    }
    if (filter.from() != null || filter.to() != null) {
      int from = filter.from() == null ? Integer.MIN_VALUE : (int) filter.from().toEpochDay();
      int to = filter.to() == null ? Integer.MAX_VALUE : (int) filter.to().toEpochDay();
      query.add(IntPoint.newRangeQuery(Fields.DATE, from, to), Occur.FILTER);
    }
    if (filter.page() != null) {
      query.add(IntPoint.newExactQuery(Fields.PAGE_NUMBER, filter.page()), Occur.FILTER);
    }
    if (filter.author() != null) {
      query.add(keyword(Fields.AUTHOR, filter.author()), Occur.FILTER);
    }
    if (filter.genre() != null) {
      query.add(keyword(Fields.GENRE, filter.genre()), Occur.FILTER);
    }
    if (filter.person() != null) {
      query.add(keyword(Fields.PERSON, filter.person()), Occur.FILTER);
    }
    if (filter.place() != null) {
      query.add(keyword(Fields.PLACE, filter.place()), Occur.FILTER);
    }
    if (filter.org() != null) {
      query.add(keyword(Fields.ORG, filter.org()), Occur.FILTER);
    }
    return query.build();
  }

  private Query keyword(String field, String value) {
    return new TermQuery(new Term(field, Folding.fold(analyzer, field, value)));
  }

  private static Sort sort(SearchRequest.Order order) {
    SortField newestFirst = new SortField(Fields.DATE, SortField.Type.INT, true);
    SortField page = new SortField(Fields.PAGE_NUMBER, SortField.Type.INT);
    SortField ordinal = new SortField(Fields.ORDINAL, SortField.Type.INT);
    // Last, the paper: papers of one day would otherwise tie, and fall in index order, which
    // differs between stores (and between shards of a cluster).
    SortField paper = new SortField(Fields.PAPER_NAME, SortField.Type.STRING);
    return order == SearchRequest.Order.DATE
        ? new Sort(newestFirst, page, ordinal, paper)
        : new Sort(SortField.FIELD_SCORE, newestFirst, page, ordinal, paper);
  }

  private List<SearchHit> hits(IndexSearcher searcher, Query text, ScoreDoc[] docs)
      throws IOException {
    if (docs.length == 0) {
      return List.of();
    }
    int[] ids = Arrays.stream(docs).mapToInt(d -> d.doc).toArray();
    Snippets.Highlights marked = searcherState(searcher).snippets().of(text, ids);
    String[] headlines = marked.headlines();
    String[] bodies = marked.bodies();
    List<SearchHit> hits = new ArrayList<>(docs.length);
    StoredFields stored = searcher.storedFields();
    for (int i = 0; i < docs.length; i++) {
      Document doc = stored.document(docs[i].doc, HIT_FIELDS);
      hits.add(
          new SearchHit(
              ArticleId.parse(doc.get(Fields.ARTICLE_ID)),
              Float.isNaN(docs[i].score) ? 0f : docs[i].score,
              LocalDate.ofEpochDay(doc.getField(Fields.DATE).numericValue().longValue()),
              doc.get(Fields.TITLE_BIGRAMS),
              headlines[i],
              passages(bodies[i]),
              Arrays.asList(doc.getValues(Fields.AUTHOR_NAMES)),
              doc.get(Fields.GENRE_NAME),
              doc.get(Fields.LOGICAL_ID)));
    }
    return hits;
  }

  /** The formatter joins passages with a paragraph separator, which no body contains. */
  private static List<String> passages(String joined) {
    if (joined == null || joined.isBlank()) {
      return List.of();
    }
    return Arrays.stream(joined.split(Snippets.PASSAGE_BREAK))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** Counts over the matches {@code collector} holds, scaled to {@code matches} if a sample. */
  private Map<String, List<FacetCount>> facets(
      IndexSearcher searcher, FacetsCollector collector, long matches) throws IOException {
    long counted = collector.getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    SortedSetDocValuesReaderState state = searcherState(searcher).facets();
    if (state == null) {
      return facets;
    }
    Facets counts = new SortedSetDocValuesFacetCounts(state, collector);
    for (String dim : Fields.FACETS) {
      List<FacetCount> values = new ArrayList<>();
      FacetResult result = null;
      try {
        result = counts.getTopChildren(FACET_VALUES, dim);
      } catch (IllegalArgumentException e) {
        // No article has this dimension yet (an archive without genres, say).
      }
      if (result != null) {
        for (LabelAndValue value : result.labelValues) {
          values.add(
              new FacetCount(
                  value.label, FacetSampling.scaled(value.value.longValue(), counted, matches)));
        }
      }
      facets.put(dim, values);
    }
    return facets;
  }

  private SearcherState searcherState(IndexSearcher searcher) throws IOException {
    SearcherState current = searcherState;
    if (current != null && current.searcher() == searcher) {
      return current;
    }
    synchronized (this) {
      current = searcherState;
      if (current == null || current.searcher() != searcher) {
        SortedSetDocValuesReaderState facets;
        try {
          facets =
              new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), facetsConfig);
        } catch (IllegalArgumentException e) {
          facets = null; // nothing with facets indexed yet
        }
        current = new SearcherState(searcher, facets, new Snippets(searcher, analyzer));
        searcherState = current;
      }
      return current;
    }
  }

  /** The article at {@code id} rebuilt from its page. */
  static ArchivedArticle archived(ArticleId id, String logicalId, Page page) {
    if (id.ordinal() > page.articles().size()) {
      throw new IllegalStateException("page " + id.page() + " has no article " + id.ordinal());
    }
    return new ArchivedArticle(id, logicalId, page.issue(), page.articles().get(id.ordinal() - 1));
  }
}
