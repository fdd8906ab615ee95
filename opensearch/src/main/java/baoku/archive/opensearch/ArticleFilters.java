package baoku.archive.opensearch;

import baoku.archive.ArticleFilter;
import baoku.archive.lucene.QueryLanguage;
import java.util.ArrayList;
import java.util.List;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/** An {@link ArticleFilter} as cluster filters: articles only, then each field the filter sets. */
final class ArticleFilters {
  private final QueryLanguage language;

  ArticleFilters(QueryLanguage language) {
    this.language = language;
  }

  Query query(ArticleFilter filter) {
    List<Query> filters = new ArrayList<>();
    filters.add(term(Fields.KIND, Fields.ARTICLE));
    if (filter.paper() != null) {
      filters.add(term(Fields.PAPER_KEY, language.fold(QueryLanguage.PAPER, filter.paper())));
    }
    if (filter.from() != null || filter.to() != null) {
      filters.add(
          Query.of(
              q ->
                  q.range(
                      r -> {
                        r.field(Fields.DATE);
                        if (filter.from() != null) {
                          r.gte(JsonData.of(filter.from().toString()));
                        }
                        if (filter.to() != null) {
                          r.lte(JsonData.of(filter.to().toString()));
                        }
                        return r;
                      })));
    }
    if (filter.page() != null) {
      filters.add(
          Query.of(
              q -> q.term(t -> t.field(Fields.PAGE_NUMBER).value(FieldValue.of(filter.page())))));
    }
    if (filter.author() != null) {
      filters.add(term(Fields.AUTHOR_KEYS, language.fold(QueryLanguage.AUTHOR, filter.author())));
    }
    if (filter.genre() != null) {
      filters.add(term(Fields.GENRE_KEY, language.fold(QueryLanguage.GENRE, filter.genre())));
    }
    if (filter.person() != null) {
      filters.add(term(Fields.PERSON_KEYS, language.fold(QueryLanguage.PERSON, filter.person())));
    }
    if (filter.place() != null) {
      filters.add(term(Fields.PLACE_KEYS, language.fold(QueryLanguage.PLACE, filter.place())));
    }
    if (filter.org() != null) {
      filters.add(term(Fields.ORG_KEYS, language.fold(QueryLanguage.ORG, filter.org())));
    }
    return Query.of(q -> q.bool(b -> b.filter(filters)));
  }

  static Query term(String field, String value) {
    return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
  }
}
