package baoku.archive.lucene;

import baoku.archive.ArchivedIssue;
import baoku.archive.ArticleNames;
import baoku.archive.IssueId;
import baoku.archive.IssuePages;
import baoku.archive.PageId;
import baoku.archive.PageOrigin;
import baoku.archive.PageSightings;
import baoku.archive.PageSummary;
import baoku.archive.PersonSighting;
import baoku.archive.SightedArticle;
import baoku.page.Article;
import baoku.page.Page;
import baoku.page.PageJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

/** Turns pages and issues into index documents and back. */
final class PageDocuments {
  /**
   * Bigram text, stored for snippets. No offsets in the postings: the highlighter re-analyses the
   * ten texts it shows with the (fast) bigram chain, which costs less than indexing offsets for
   * all.
   */
  private static final FieldType BIGRAM_TEXT = TextField.TYPE_STORED;

  private final PageJson json;
  private final FacetsConfig facets;

  PageDocuments(PageJson json, FacetsConfig facets) {
    this.json = json;
    this.facets = facets;
  }

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(Fields.FACET_AUTHOR, true);
    config.setMultiValued(Fields.FACET_PERSON, true);
    config.setMultiValued(Fields.FACET_PLACE, true);
    config.setMultiValued(Fields.FACET_ORG, true);
    for (String dim : Fields.FACETS) {
      // Filters match their own indexed fields (Fields.PERSON, …), never facet drill-down terms:
      // indexing those terms as well cost every article a term per facet value.
      config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
    }
    return config;
  }

  /** The page record followed by its articles and sightings: one block, replaced as one. */
  List<Document> page(PageId id, Page page) throws IOException {
    return page(id, page, Map.of(), PageOrigin.UNKNOWN);
  }

  /**
   * The page block, each article carrying its logical id from {@code logicalIds} (keyed by article
   * id; an article missing there is its own logical article).
   */
  List<Document> page(PageId id, Page page, Map<String, String> logicalIds, PageOrigin origin)
      throws IOException {
    List<Document> block = new ArrayList<>(page.articles().size() + 1);
    Document record = common(Fields.PAGE, id);
    record.add(new StoredField(Fields.PAGE_JSON, json.write(page, false)));
    record.add(new StoredField(Fields.ARTICLE_COUNT, page.articles().size()));
    if (!origin.source().isEmpty()) {
      record.add(new StringField(Fields.SOURCE, origin.source(), Field.Store.NO));
    }
    block.add(record);
    int ordinal = 1;
    for (Article article : page.articles()) {
      block.add(article(id, ordinal++, article, page, logicalIds));
    }
    for (PageSightings.Seen seen : PageSightings.of(id, page)) {
      block.add(sighting(id, seen));
    }
    if (!origin.run().isEmpty()) {
      for (Document doc : block) {
        doc.add(new StringField(Fields.RUN, origin.run(), Field.Store.NO));
      }
    }
    return block;
  }

  /** A line of the archive's log. */
  static Document journal(long epochMillis, String text) {
    Document doc = new Document();
    doc.add(new StringField(Fields.KIND, Fields.JOURNAL, Field.Store.NO));
    doc.add(new StoredField(Fields.JOURNAL_AT, epochMillis));
    doc.add(new NumericDocValuesField(Fields.JOURNAL_AT, epochMillis));
    doc.add(new StoredField(Fields.JOURNAL_TEXT, text));
    return doc;
  }

  private static Document sighting(PageId pageId, PageSightings.Seen seen) {
    PersonSighting person = seen.sighting();
    Document doc = new Document();
    doc.add(new StringField(Fields.KIND, Fields.SIGHTING, Field.Store.NO));
    doc.add(new StringField(Fields.PAGE_ID, pageId.toString(), Field.Store.YES));
    doc.add(new StringField(Fields.SIGHTING_NAME, person.name(), Field.Store.NO));
    doc.add(new SortedDocValuesField(Fields.SIGHTING_NAME, new BytesRef(person.name())));
    if (person.role() != null) {
      doc.add(new SortedDocValuesField(Fields.SIGHTING_ROLE, new BytesRef(person.role())));
    }
    if (!person.titles().isEmpty()) {
      doc.add(
          new BinaryDocValuesField(
              Fields.SIGHTING_TITLES, new BytesRef(PeopleQueries.joined(person.titles()))));
    }
    for (String title : person.titles()) {
      doc.add(
          new StringField(
              Fields.SIGHTING_TITLE_REVERSED, PeopleQueries.reversed(title), Field.Store.NO));
    }
    doc.add(new NumericDocValuesField(Fields.SIGHTING_DAY, pageId.issue().date().toEpochDay()));
    doc.add(new SortedDocValuesField(Fields.SIGHTING_PAPER, new BytesRef(pageId.issue().paper())));
    doc.add(new NumericDocValuesField(Fields.SIGHTING_PAGE, pageId.number()));
    doc.add(new NumericDocValuesField(Fields.SIGHTING_ARTICLE_COUNT, person.articles()));
    for (SightedArticle article : seen.articles()) {
      doc.add(new StoredField(Fields.SIGHTING_ORDINAL, article.id().ordinal()));
      doc.add(new StoredField(Fields.SIGHTING_HEADLINE, article.headline()));
    }
    return doc;
  }

  private Document article(
      PageId pageId, int ordinal, Article article, Page page, Map<String, String> logicalIds)
      throws IOException {
    Document doc = common(Fields.ARTICLE, pageId);
    String id = pageId.article(ordinal).toString();
    doc.add(new StringField(Fields.ARTICLE_ID, id, Field.Store.YES));
    doc.add(new StringField(Fields.LOGICAL_ID, logicalIds.getOrDefault(id, id), Field.Store.YES));
    doc.add(new StoredField(Fields.ORDINAL, ordinal));
    doc.add(new NumericDocValuesField(Fields.ORDINAL, ordinal));
    String headline = article.headline();
    // The word field reads kicker, title and subtitle as lines of their own, as the tagger cut
    // them, so that it takes the tagger's cut rather than cutting them again.
    doc.add(
        new TextField(Fields.TITLE, String.join("\n", article.headlineParts()), Field.Store.NO));
    doc.add(new Field(Fields.TITLE_BIGRAMS, headline, BIGRAM_TEXT));
    String body = IssuePages.body(article);
    doc.add(new TextField(Fields.BODY, body, Field.Store.NO));
    doc.add(new Field(Fields.BODY_BIGRAMS, body, BIGRAM_TEXT));
    LocalDate date = pageId.issue().date();
    doc.add(new SortedSetDocValuesFacetField(Fields.FACET_PAPER, pageId.issue().paper()));
    doc.add(new SortedSetDocValuesFacetField(Fields.FACET_YEAR, String.valueOf(date.getYear())));
    doc.add(new SortedSetDocValuesFacetField(Fields.FACET_MONTH, date.toString().substring(0, 7)));
    doc.add(new SortedSetDocValuesFacetField(Fields.FACET_PAGE, String.valueOf(pageId.number())));
    for (String author : article.authors()) {
      if (!author.isBlank()) {
        doc.add(new TextField(Fields.AUTHOR, author, Field.Store.NO));
        doc.add(new StoredField(Fields.AUTHOR_NAMES, author));
        doc.add(new SortedSetDocValuesFacetField(Fields.FACET_AUTHOR, author));
      }
    }
    if (article.genre() != null && !article.genre().isBlank()) {
      doc.add(new TextField(Fields.GENRE, article.genre(), Field.Store.NO));
      doc.add(new StoredField(Fields.GENRE_NAME, article.genre()));
      doc.add(new SortedSetDocValuesFacetField(Fields.FACET_GENRE, article.genre()));
    }
    ArticleNames names = ArticleNames.of(article, page);
    addNames(doc, Fields.PERSON, Fields.FACET_PERSON, names.people());
    addNames(doc, Fields.PLACE, Fields.FACET_PLACE, names.places());
    addNames(doc, Fields.ORG, Fields.FACET_ORG, names.orgs());
    return facets.build(doc);
  }

  private static void addNames(Document doc, String field, String facet, Set<String> names) {
    for (String name : names) {
      doc.add(new TextField(field, name, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(facet, name));
    }
  }

  /** The issue record: what the mastheads say, and a summary of each page held. */
  Document issue(ArchivedIssue issue) {
    Document doc = new Document();
    doc.add(new StringField(Fields.KIND, Fields.ISSUE, Field.Store.NO));
    doc.add(new StringField(Fields.ISSUE_RECORD, issue.id().toString(), Field.Store.NO));
    addIssueFields(doc, issue.id());
    doc.add(new StoredField(Fields.ISSUE_JSON, json.write(issue.issue(), false)));
    doc.add(new StoredField(Fields.PAGES_JSON, json.write(issue.pages(), false)));
    doc.add(new NumericDocValuesField(Fields.ISSUE_PAGE_COUNT, issue.pages().size()));
    doc.add(new NumericDocValuesField(Fields.ISSUE_ARTICLE_COUNT, issue.articleCount()));
    return doc;
  }

  private Document common(String kind, PageId page) {
    Document doc = new Document();
    doc.add(new StringField(Fields.KIND, kind, Field.Store.NO));
    doc.add(new StringField(Fields.PAGE_ID, page.toString(), Field.Store.YES));
    addIssueFields(doc, page.issue());
    doc.add(new IntPoint(Fields.PAGE_NUMBER, page.number()));
    doc.add(new NumericDocValuesField(Fields.PAGE_NUMBER, page.number()));
    doc.add(new StoredField(Fields.PAGE_NUMBER, page.number()));
    return doc;
  }

  private static void addIssueFields(Document doc, IssueId issue) {
    int day = Math.toIntExact(issue.date().toEpochDay());
    doc.add(new StringField(Fields.ISSUE_ID, issue.toString(), Field.Store.YES));
    doc.add(new TextField(Fields.PAPER, issue.paper(), Field.Store.NO));
    doc.add(new StoredField(Fields.PAPER_NAME, issue.paper()));
    doc.add(new SortedDocValuesField(Fields.PAPER_NAME, new BytesRef(issue.paper())));
    doc.add(new IntPoint(Fields.DATE, day));
    doc.add(new NumericDocValuesField(Fields.DATE, day));
    doc.add(new StoredField(Fields.DATE, day));
  }

  Page readPage(String text) {
    return json.read(text);
  }

  baoku.page.Issue readIssue(String text) {
    try {
      return json.mapper().readValue(text, baoku.page.Issue.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<PageSummary> readPageSummaries(String text) {
    try {
      return List.of(json.mapper().readValue(text, PageSummary[].class));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
