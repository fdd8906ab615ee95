package baoku.archive.lucene;

import baoku.archive.ArticleId;
import baoku.archive.PageId;
import baoku.archive.PersonSighting;
import baoku.archive.PersonTally;
import baoku.archive.SightedArticle;
import baoku.archive.TitleHolding;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;

/**
 * The people index of the embedded store: queries over the sighting documents, reading their doc
 * values; only the articles of one person read stored fields, and only of the sightings shown.
 */
final class PeopleQueries {
  private static final Sort NEWEST_FIRST =
      new Sort(
          new SortField(Fields.SIGHTING_DAY, SortField.Type.LONG, true),
          new SortField(Fields.SIGHTING_PAPER, SortField.Type.STRING),
          new SortField(Fields.SIGHTING_PAGE, SortField.Type.LONG));

  /** Joins a sighting's titles in one doc value, in the order printed. */
  static final char TITLE_SEPARATOR = '\u001f';

  /** Everyone's tally as of one commit: the list is read once for each commit readers see. */
  private record Tallies(long version, List<PersonTally> all) {}

  private volatile Tallies tallies;

  static String reversed(String title) {
    return new StringBuilder(title).reverse().toString();
  }

  List<PersonTally> mostNamed(IndexSearcher searcher, int limit) throws IOException {
    long version = ((DirectoryReader) searcher.getIndexReader()).getVersion();
    Tallies held = tallies;
    if (held == null || held.version() != version) {
      // One reader tallies while the others wait for its answer rather than each reading all.
      synchronized (this) {
        held = tallies;
        if (held == null || held.version() != version) {
          held = new Tallies(version, tallyEveryone(searcher));
          tallies = held;
        }
      }
    }
    return held.all().subList(0, Math.min(limit, held.all().size()));
  }

  private static List<PersonTally> tallyEveryone(IndexSearcher searcher) throws IOException {
    Map<String, Tally> byName = new HashMap<>();
    searcher.search(
        new FieldExistsQuery(Fields.SIGHTING_NAME),
        new SightingCollector(
            (sighting) -> byName.computeIfAbsent(sighting.name(), Tally::new).add(sighting)));
    return byName.values().stream()
        .map(Tally::tally)
        .sorted(
            Comparator.comparingInt(PersonTally::articles)
                .reversed()
                .thenComparing(PersonTally::name))
        .toList();
  }

  List<PersonSighting> sightings(IndexSearcher searcher, String name) throws IOException {
    List<PersonSighting> out = new ArrayList<>();
    searcher.search(byName(name), new SightingCollector(out::add));
    out.sort(Comparator.comparing(PersonSighting::date));
    return out;
  }

  List<SightedArticle> articlesNaming(IndexSearcher searcher, String name, int limit)
      throws IOException {
    List<SightedArticle> out = new ArrayList<>();
    if (limit <= 0) {
      return out;
    }
    // Only sightings in some article: each holds one or more, so the newest `limit` of them hold
    // the newest `limit` articles.
    Query inArticles =
        new BooleanQuery.Builder()
            .add(byName(name), Occur.FILTER)
            .add(
                NumericDocValuesField.newSlowRangeQuery(
                    Fields.SIGHTING_ARTICLE_COUNT, 1, Long.MAX_VALUE),
                Occur.FILTER)
            .build();
    TopFieldDocs top = searcher.search(inArticles, limit, NEWEST_FIRST);
    var stored = searcher.storedFields();
    for (ScoreDoc hit : top.scoreDocs) {
      Document doc = stored.document(hit.doc);
      PageId page = PageId.parse(doc.get(Fields.PAGE_ID));
      IndexableField[] ordinals = doc.getFields(Fields.SIGHTING_ORDINAL);
      String[] headlines = doc.getValues(Fields.SIGHTING_HEADLINE);
      for (int i = 0; i < ordinals.length && out.size() < limit; i++) {
        out.add(
            new SightedArticle(
                new ArticleId(page, ordinals[i].numericValue().intValue()), headlines[i]));
      }
    }
    return out;
  }

  List<TitleHolding> titleHoldings(IndexSearcher searcher, String suffix) throws IOException {
    Query query =
        suffix.isEmpty()
            ? new FieldExistsQuery(Fields.SIGHTING_TITLES)
            : new PrefixQuery(new Term(Fields.SIGHTING_TITLE_REVERSED, reversed(suffix)));
    Map<String, Map<String, LocalDate[]>> byTitle = new TreeMap<>();
    searcher.search(
        query,
        new SightingCollector(
            sighting -> {
              for (String title : sighting.titles()) {
                if (!title.endsWith(suffix)) {
                  continue;
                }
                LocalDate[] span =
                    byTitle
                        .computeIfAbsent(title, t -> new TreeMap<>())
                        .computeIfAbsent(
                            sighting.name(),
                            n -> new LocalDate[] {sighting.date(), sighting.date()});
                span[0] = sighting.date().isBefore(span[0]) ? sighting.date() : span[0];
                span[1] = sighting.date().isAfter(span[1]) ? sighting.date() : span[1];
              }
            }));
    List<TitleHolding> out = new ArrayList<>();
    byTitle.forEach(
        (title, names) ->
            names.forEach(
                (name, span) -> out.add(new TitleHolding(title, name, span[0], span[1]))));
    return out;
  }

  static String joined(List<String> titles) {
    return String.join(String.valueOf(TITLE_SEPARATOR), titles);
  }

  private static List<String> split(String joined) {
    return joined.isEmpty()
        ? List.of()
        : List.of(joined.split(String.valueOf(TITLE_SEPARATOR), -1));
  }

  private static Query byName(String name) {
    return new TermQuery(new Term(Fields.SIGHTING_NAME, name));
  }

  /** One person's running tally while every sighting is read. */
  private static final class Tally {
    private final String name;
    private final Map<String, Integer> roles = new TreeMap<>();
    private int articles;
    private LocalDate first;
    private LocalDate last;

    Tally(String name) {
      this.name = name;
    }

    void add(PersonSighting sighting) {
      if (sighting.role() != null) {
        roles.merge(sighting.role(), 1, Integer::sum);
      }
      articles += sighting.articles();
      first = first == null || sighting.date().isBefore(first) ? sighting.date() : first;
      last = last == null || sighting.date().isAfter(last) ? sighting.date() : last;
    }

    PersonTally tally() {
      return new PersonTally(name, PersonTally.mostOften(roles), articles, first, last);
    }
  }

  /** Hands on each matching sighting as read from its doc values. */
  private static final class SightingCollector extends SimpleCollector {
    private final Consumer<PersonSighting> sink;
    private SortedDocValues names;
    private SortedDocValues roles;
    private BinaryDocValues titles;
    private NumericDocValues days;
    private NumericDocValues counts;

    SightingCollector(Consumer<PersonSighting> sink) {
      this.sink = sink;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      var reader = context.reader();
      names = DocValues.getSorted(reader, Fields.SIGHTING_NAME);
      roles = DocValues.getSorted(reader, Fields.SIGHTING_ROLE);
      titles = DocValues.getBinary(reader, Fields.SIGHTING_TITLES);
      days = DocValues.getNumeric(reader, Fields.SIGHTING_DAY);
      counts = DocValues.getNumeric(reader, Fields.SIGHTING_ARTICLE_COUNT);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (!names.advanceExact(doc)) {
        return;
      }
      String name = names.lookupOrd(names.ordValue()).utf8ToString();
      String role =
          roles.advanceExact(doc) ? roles.lookupOrd(roles.ordValue()).utf8ToString() : null;
      List<String> printed =
          titles.advanceExact(doc) ? split(titles.binaryValue().utf8ToString()) : List.of();
      LocalDate date = LocalDate.ofEpochDay(days.advanceExact(doc) ? days.longValue() : 0);
      int articles = counts.advanceExact(doc) ? (int) counts.longValue() : 0;
      sink.accept(new PersonSighting(name, role, printed, date, articles));
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
