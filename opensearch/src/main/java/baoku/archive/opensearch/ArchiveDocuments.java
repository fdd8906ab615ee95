package baoku.archive.opensearch;

import baoku.archive.ArchivedIssue;
import baoku.archive.ArticleId;
import baoku.archive.ArticleNames;
import baoku.archive.IssueId;
import baoku.archive.IssuePages;
import baoku.archive.PageId;
import baoku.archive.PageSightings;
import baoku.archive.PageSummary;
import baoku.archive.PersonSighting;
import baoku.archive.SightedArticle;
import baoku.archive.lucene.QueryLanguage;
import baoku.page.Article;
import baoku.page.Issue;
import baoku.page.Page;
import baoku.page.PageJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns pages and issues into cluster documents and back. Document ids are the archive's own ids
 * ({@code PAPER/DATE}, {@code PAPER/DATE/PAGE}, {@code PAPER/DATE/PAGE/N}), so putting a page again
 * replaces its documents instead of adding new ones.
 */
final class ArchiveDocuments {
  private final PageJson pageJson;
  private final ObjectMapper json;
  private final QueryLanguage language;

  ArchiveDocuments(PageJson pageJson, QueryLanguage language) {
    this.pageJson = pageJson;
    this.json = pageJson.mapper();
    this.language = language;
  }

  /** The page record, with how many sightings it has. */
  ObjectNode page(PageId id, Page page, int people) {
    ObjectNode doc = common(Fields.PAGE, id.issue());
    doc.put(Fields.PAGE_ID, id.toString());
    doc.put(Fields.PAGE_NUMBER, id.number());
    doc.put(Fields.ARTICLE_COUNT, page.articles().size());
    doc.put(Fields.PERSON_COUNT, people);
    doc.set(Fields.PAGE_RECORD, json.valueToTree(page));
    return doc;
  }

  /**
   * The {@code ordinal}-th article of {@code page}, with everything search and facets read, and the
   * id of the logical article it is part of.
   */
  ObjectNode article(PageId pageId, int ordinal, Page page, String logicalId) {
    Article article = page.articles().get(ordinal - 1);
    IssueId issue = pageId.issue();
    ObjectNode doc = common(Fields.ARTICLE, issue);
    String id = pageId.article(ordinal).toString();
    doc.put(Fields.PAGE_ID, pageId.toString());
    doc.put(Fields.ARTICLE_ID, id);
    doc.put(Fields.LOGICAL_ID, logicalId == null ? id : logicalId);
    doc.put(Fields.PAGE_NUMBER, pageId.number());
    doc.put(Fields.ORDINAL, ordinal);
    doc.put(Fields.YEAR, String.valueOf(issue.date().getYear()));
    doc.put(Fields.MONTH, issue.date().toString().substring(0, 7));
    doc.put(Fields.PAGE_LABEL, String.valueOf(pageId.number()));
    String headline = article.headline();
    String body = IssuePages.body(article);
    doc.put(Fields.TITLE, headline);
    doc.put(Fields.BODY, body);
    doc.put(Fields.TITLE_WORDS, words(QueryLanguage.TITLE_WORDS, headline));
    doc.put(Fields.BODY_WORDS, words(QueryLanguage.BODY_WORDS, body));
    ArrayNode authors = doc.putArray(Fields.AUTHORS);
    List<String> keys = new ArrayList<>(); // one per author, repeats kept, as scored embedded
    for (String author : article.authors()) {
      if (!author.isBlank()) {
        authors.add(author);
        keys.add(keyword(QueryLanguage.AUTHOR, author));
      }
    }
    ArrayNode authorKeys = doc.putArray(Fields.AUTHOR_KEYS);
    keys.forEach(authorKeys::add);
    if (article.genre() != null && !article.genre().isBlank()) {
      doc.put(Fields.GENRE, article.genre());
      doc.put(Fields.GENRE_KEY, keyword(QueryLanguage.GENRE, article.genre()));
    }
    ArticleNames names = ArticleNames.of(article, page);
    putNames(doc, Fields.PERSONS, Fields.PERSON_KEYS, QueryLanguage.PERSON, names.people());
    putNames(doc, Fields.PLACES, Fields.PLACE_KEYS, QueryLanguage.PLACE, names.places());
    putNames(doc, Fields.ORGS, Fields.ORG_KEYS, QueryLanguage.ORG, names.orgs());
    return doc;
  }

  /** The id of the {@code n}-th sighting of a page, from 1. */
  static String sightingId(PageId page, int n) {
    return page + "/person/" + n;
  }

  /** One person on one page, for the people index: none of the article's fields. */
  ObjectNode sighting(PageId pageId, PageSightings.Seen seen) {
    PersonSighting person = seen.sighting();
    ObjectNode doc = json.createObjectNode();
    doc.put(Fields.KIND, Fields.SIGHTING);
    doc.put(Fields.PAGE_ID, pageId.toString());
    doc.put(Fields.SIGHTING_NAME, person.name());
    if (person.role() != null) {
      doc.put(Fields.SIGHTING_ROLE, person.role());
    }
    ArrayNode titles = doc.putArray(Fields.SIGHTING_TITLES);
    ArrayNode reversed = doc.putArray(Fields.SIGHTING_TITLES_REVERSED);
    for (String title : person.titles()) {
      titles.add(title);
      reversed.add(new StringBuilder(title).reverse().toString());
    }
    doc.put(Fields.SIGHTING_DATE, person.date().toString());
    doc.put(Fields.SIGHTING_PAPER, pageId.issue().paper());
    doc.put(Fields.SIGHTING_PAGE, pageId.number());
    doc.put(Fields.SIGHTING_ARTICLE_COUNT, person.articles());
    ArrayNode articles = doc.putArray(Fields.SIGHTING_ARTICLES);
    for (SightedArticle article : seen.articles()) {
      articles.addObject().put("id", article.id().toString()).put("headline", article.headline());
    }
    return doc;
  }

  PersonSighting readSighting(JsonNode source) {
    List<String> titles = new ArrayList<>();
    source.path(Fields.SIGHTING_TITLES).forEach(title -> titles.add(title.asText()));
    JsonNode role = source.get(Fields.SIGHTING_ROLE);
    return new PersonSighting(
        source.path(Fields.SIGHTING_NAME).asText(),
        role == null || role.isNull() ? null : role.asText(),
        titles,
        java.time.LocalDate.parse(source.path(Fields.SIGHTING_DATE).asText()),
        source.path(Fields.SIGHTING_ARTICLE_COUNT).asInt());
  }

  List<SightedArticle> readSightedArticles(JsonNode source) {
    List<SightedArticle> out = new ArrayList<>();
    for (JsonNode article : source.path(Fields.SIGHTING_ARTICLES)) {
      out.add(
          new SightedArticle(
              ArticleId.parse(article.path("id").asText()), article.path("headline").asText()));
    }
    return out;
  }

  /** Names as printed for facets, and folded as the embedded index holds them for filters. */
  private void putNames(
      ObjectNode doc, String field, String keyField, String folding, Set<String> names) {
    ArrayNode printed = doc.putArray(field);
    ArrayNode folded = doc.putArray(keyField);
    for (String name : names) {
      printed.add(name);
      folded.add(keyword(folding, name));
    }
  }

  /** The issue record: what the mastheads say, and a summary of each page held. */
  ObjectNode issue(ArchivedIssue issue) {
    ObjectNode doc = common(Fields.ISSUE, issue.id());
    doc.set(Fields.ISSUE_RECORD, json.valueToTree(issue.issue()));
    doc.set(Fields.PAGE_SUMMARIES, json.valueToTree(issue.pages()));
    return doc;
  }

  private ObjectNode common(String kind, IssueId issue) {
    ObjectNode doc = json.createObjectNode();
    doc.put(Fields.KIND, kind);
    doc.put(Fields.ISSUE_ID, issue.toString());
    doc.put(Fields.PAPER, issue.paper());
    // On every record, as in the embedded index, so that paper: scores with the same statistics.
    doc.put(Fields.PAPER_KEY, keyword(QueryLanguage.PAPER, issue.paper()));
    doc.put(Fields.DATE, issue.date().toString());
    return doc;
  }

  /** The embedded store's words for a field, joined for the cluster's separator tokenizer. */
  private String words(String field, String text) {
    return String.join(IndexSchema.TOKEN_SEPARATOR, tokens(language.analyzer(), field, text));
  }

  /** A whole value folded by the field's keyword chain, as the embedded index holds it. */
  private String keyword(String field, String value) {
    List<String> tokens = tokens(language.analyzer(), field, value);
    return tokens.isEmpty() ? "" : tokens.get(0);
  }

  static List<String> tokens(Analyzer analyzer, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  Page readPage(JsonNode source) {
    return convert(source.get(Fields.PAGE_RECORD), Page.class);
  }

  ArchivedIssue readIssue(IssueId id, JsonNode source) {
    Issue issue = convert(source.get(Fields.ISSUE_RECORD), Issue.class);
    PageSummary[] pages = convert(source.get(Fields.PAGE_SUMMARIES), PageSummary[].class);
    return new ArchivedIssue(id, issue, List.of(pages));
  }

  private <T> T convert(JsonNode node, Class<T> type) {
    try {
      return json.treeToValue(node, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable record in the cluster: " + e.getMessage(), e);
    }
  }

  byte[] bytes(JsonNode doc) {
    try {
      return json.writeValueAsBytes(doc);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  PageJson pageJson() {
    return pageJson;
  }
}
