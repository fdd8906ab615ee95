package baoku.archive.opensearch;

import baoku.archive.lucene.QueryLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * Turns the embedded store's parse of a query into the same query for the cluster: the same
 * clauses, boosts and terms, so that both score alike. Phrases go over already-analysed terms,
 * joined for the index's separator analyser, so the cluster cannot analyse them differently.
 */
final class QueryTranslator {
  private static final Map<String, String> FIELDS =
      Map.of(
          QueryLanguage.TITLE_BIGRAMS, Fields.TITLE,
          QueryLanguage.BODY_BIGRAMS, Fields.BODY,
          QueryLanguage.TITLE_WORDS, Fields.TITLE_WORDS,
          QueryLanguage.BODY_WORDS, Fields.BODY_WORDS,
          QueryLanguage.PAPER, Fields.PAPER_KEY,
          QueryLanguage.AUTHOR, Fields.AUTHOR_KEYS,
          QueryLanguage.GENRE, Fields.GENRE_KEY);

  Query translate(org.apache.lucene.search.Query query) {
    return switch (query) {
      case BooleanQuery bool -> bool(bool, null);
      case BoostQuery boost ->
          boost.getQuery() instanceof BooleanQuery bool
              ? bool(bool, boost.getBoost())
              : Query.of(
                  q -> q.bool(b -> b.must(translate(boost.getQuery())).boost(boost.getBoost())));
      case TermQuery term -> term(term.getTerm());
      case PhraseQuery phrase -> phrase(phrase);
      case MatchAllDocsQuery all -> Query.of(q -> q.matchAll(m -> m));
      case MatchNoDocsQuery none -> Query.of(q -> q.matchNone(m -> m));
      default ->
          throw new IllegalStateException(
              "no cluster form for " + query.getClass().getSimpleName() + ": " + query);
    };
  }

  private Query bool(BooleanQuery bool, Float boost) {
    if (bool.clauses().isEmpty()) {
      // Lucene's empty boolean query matches nothing; the cluster's would match everything.
      return Query.of(q -> q.matchNone(m -> m));
    }
    BoolQuery.Builder b = new BoolQuery.Builder();
    List<Query> must = new ArrayList<>();
    List<Query> should = new ArrayList<>();
    List<Query> mustNot = new ArrayList<>();
    List<Query> filter = new ArrayList<>();
    for (BooleanClause clause : bool.clauses()) {
      Query translated = translate(clause.query());
      switch (clause.occur()) {
        case MUST -> must.add(translated);
        case SHOULD -> should.add(translated);
        case MUST_NOT -> mustNot.add(translated);
        case FILTER -> filter.add(translated);
      }
    }
    if (!must.isEmpty()) {
      b.must(must);
    }
    if (!should.isEmpty()) {
      b.should(should);
    }
    if (!mustNot.isEmpty()) {
      b.mustNot(mustNot);
    }
    if (!filter.isEmpty()) {
      b.filter(filter);
    }
    // Lucene matches nothing with only negative clauses; the cluster would add "match all".
    b.adjustPureNegative(false);
    if (bool.getMinimumNumberShouldMatch() > 0) {
      b.minimumShouldMatch(String.valueOf(bool.getMinimumNumberShouldMatch()));
    }
    if (boost != null) {
      b.boost(boost);
    }
    return b.build().toQuery();
  }

  private static Query term(Term term) {
    String field = field(term.field());
    String value = term.text();
    return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
  }

  private static Query phrase(PhraseQuery phrase) {
    Term[] terms = phrase.getTerms();
    int[] positions = phrase.getPositions();
    for (int i = 0; i < positions.length; i++) {
      if (positions[i] != positions[0] + i || phrase.getSlop() != 0) {
        throw new IllegalStateException("no cluster form for a phrase with gaps: " + phrase);
      }
    }
    if (terms.length == 1) {
      return term(terms[0]);
    }
    String field = field(terms[0].field());
    List<String> texts = new ArrayList<>(terms.length);
    for (Term term : terms) {
      texts.add(term.text());
    }
    String joined = String.join(IndexSchema.TOKEN_SEPARATOR, texts);
    return Query.of(
        q -> q.matchPhrase(m -> m.field(field).query(joined).analyzer(IndexSchema.TERMS_ANALYZER)));
  }

  private static String field(String luceneField) {
    String field = FIELDS.get(luceneField);
    if (field == null) {
      throw new IllegalStateException("no cluster field for " + luceneField);
    }
    return field;
  }
}
