package baoku.web;

import baoku.archive.ArchivedIssue;
import baoku.archive.ArchivedPage;
import baoku.archive.ArticleId;
import baoku.archive.FacetCount;
import baoku.archive.Headline;
import baoku.archive.IssueId;
import baoku.archive.IssueSummary;
import baoku.archive.PageId;
import baoku.archive.PageSummary;
import baoku.archive.SearchHit;
import baoku.page.Article;
import baoku.page.Issue;
import baoku.page.OtherBlock;
import baoku.web.view.Links;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON the API answers with, as records; field names are written in snake_case. Every id comes
 * with {@code url}, the reader's page for it.
 */
final class ApiBodies {
  private ApiBodies() {}

  record IssueList(
      String paper,
      LocalDate from,
      LocalDate to,
      int total,
      boolean truncated,
      List<IssueRef> issues) {}

  record IssueRef(IssueId id, LocalDate date, int pageCount, int articleCount, String url) {
    static IssueRef of(IssueSummary summary) {
      return new IssueRef(
          summary.id(),
          summary.id().date(),
          summary.pageCount(),
          summary.articleCount(),
          Links.issue(summary.id()));
    }
  }

  record IssueBody(IssueId id, String url, Issue issue, List<PageRef> pages) {
    static IssueBody of(IssueModel model) {
      ArchivedIssue issue = model.issue();
      Map<Integer, PageHeadlines> headlines = new HashMap<>();
      model.pages().forEach(page -> headlines.put(page.id().number(), page));
      return new IssueBody(
          issue.id(),
          Links.issue(issue.id()),
          issue.issue(),
          issue.pages().stream()
              .map(page -> PageRef.of(issue.id(), page, headlines.get(page.number())))
              .toList());
    }
  }

  /** A page of an issue with its articles' headlines (none when the page is not held). */
  record PageRef(
      PageId id,
      int number,
      int articleCount,
      String leadTitle,
      String url,
      List<HeadlineRef> articles) {
    static PageRef of(IssueId issue, PageSummary page, PageHeadlines headlines) {
      PageId id = issue.page(page.number());
      List<HeadlineRef> articles = new ArrayList<>();
      if (headlines != null) {
        for (int i = 0; i < headlines.headlines().size(); i++) {
          articles.add(HeadlineRef.of(headlines.articleId(i + 1), headlines.headlines().get(i)));
        }
      }
      return new PageRef(
          id, page.number(), page.articleCount(), page.leadTitle(), Links.page(id), articles);
    }
  }

  record HeadlineRef(
      ArticleId id, int ordinal, String kicker, String title, String subtitle, String url) {
    static HeadlineRef of(ArticleId id, Headline headline) {
      return new HeadlineRef(
          id,
          id.ordinal(),
          headline.kicker(),
          headline.title(),
          headline.subtitle(),
          Links.article(id));
    }
  }

  record PageBody(
      PageId id,
      String url,
      int number,
      Issue issue,
      String masthead,
      List<ArticleRef> articles,
      List<OtherBlock> otherBlocks) {
    static PageBody of(ArchivedPage page) {
      List<ArticleRef> articles = new ArrayList<>();
      List<Article> printed = page.page().articles();
      for (int i = 0; i < printed.size(); i++) {
        articles.add(ArticleRef.of(page.articleId(i + 1), printed.get(i)));
      }
      return new PageBody(
          page.id(),
          Links.page(page.id()),
          page.id().number(),
          page.page().issue(),
          page.page().masthead(),
          articles,
          page.page().otherBlocks());
    }
  }

  record ArticleRef(ArticleId id, int ordinal, String url, @JsonUnwrapped Article article) {
    static ArticleRef of(ArticleId id, Article article) {
      return new ArticleRef(id, id.ordinal(), Links.article(id), article);
    }
  }

  record ArticleBody(
      ArticleId id,
      String url,
      PageId page,
      Issue issue,
      @JsonUnwrapped Article article,
      ArticleId previous,
      ArticleId next,
      ArticleId continuedOnArticle,
      ArticleId continuedFromArticle) {
    static ArticleBody of(ArticleModel model) {
      return new ArticleBody(
          model.id(),
          Links.article(model.id()),
          model.id().page(),
          model.issue(),
          model.article(),
          model.previous() == null ? null : model.previous().id(),
          model.next() == null ? null : model.next().id(),
          model.continuedOn() == null ? null : model.continuedOn().article(),
          model.continuedFrom() == null ? null : model.continuedFrom().article());
    }
  }

  record SearchBody(
      String query,
      Map<String, String> parameters,
      long totalHits,
      boolean totalHitsEstimated,
      int offset,
      int limit,
      List<HitBody> hits,
      Map<String, List<FacetCount>> facets,
      boolean facetsEstimated) {
    static SearchBody of(SearchModel model) {
      SearchQuery query = model.query();
      return new SearchBody(
          query.q() == null ? "" : query.q(),
          query.params(),
          model.result().totalHits(),
          model.result().totalEstimated(),
          query.offset(),
          query.limit(),
          model.result().hits().stream().map(HitBody::of).toList(),
          model.result().facets(),
          model.result().facetsEstimated());
    }
  }

  record HitBody(@JsonUnwrapped SearchHit hit, String url) {
    static HitBody of(SearchHit hit) {
      return new HitBody(hit, Links.article(hit.id()));
    }
  }
}
