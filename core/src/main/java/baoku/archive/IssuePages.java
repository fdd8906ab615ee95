package baoku.archive;

import baoku.enrich.JumpStitcher;
import baoku.page.Article;
import baoku.page.Image;
import baoku.page.Issue;
import baoku.page.Page;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rules of a put, shared by every store so that they agree: which pages an issue takes, how its
 * record changes, which articles are parts of one logical article, and the text a search reads.
 */
public final class IssuePages {
  private IssuePages() {}

  /** The page with its issue's paper and date filled in, or an error if it names another issue. */
  public static Page belongingTo(IssueId issue, Page page) {
    if (page.number() == null) {
      throw new IllegalArgumentException(page.source() + ": page has no number");
    }
    Issue printed = page.issue() == null ? Issue.empty() : page.issue();
    if (printed.paper() != null && !printed.paper().equals(issue.paper())
        || printed.date() != null && !printed.date().equals(issue.date())) {
      throw new IllegalArgumentException(
          page.source() + ": page of " + printed.paper() + " " + printed.date() + ", not " + issue);
    }
    return page.withIssue(printed.withPaper(issue.paper()).withDate(issue.date()));
  }

  /** The issue record after a put: new pages replace those of the same number, others stay. */
  public static ArchivedIssue merge(IssueId id, ArchivedIssue held, List<Page> pages) {
    Issue issue = held == null ? Issue.empty() : held.issue();
    Map<Integer, PageSummary> byNumber = new TreeMap<>();
    if (held != null) {
      held.pages().forEach(summary -> byNumber.put(summary.number(), summary));
    }
    for (Page page : pages) {
      issue = page.issue().orElse(issue);
      byNumber.put(page.number(), PageSummary.of(page));
    }
    return new ArchivedIssue(id, issue, List.copyOf(byNumber.values()));
  }

  /**
   * The issue record once the pages numbered {@code removed} are gone, or empty when none is left:
   * an issue without pages is no issue.
   */
  public static Optional<ArchivedIssue> without(ArchivedIssue held, Set<Integer> removed) {
    List<PageSummary> kept =
        held.pages().stream().filter(page -> !removed.contains(page.number())).toList();
    return kept.isEmpty()
        ? Optional.empty()
        : Optional.of(new ArchivedIssue(held.id(), held.issue(), kept));
  }

  /**
   * The logical-article id of every article on {@code pages} (the pages of one put), keyed by
   * article id: parts joined by a jump share their first part's id. Only the pages of one put are
   * stitched, so a jump to a page put separately is not joined.
   */
  public static Map<String, String> logicalIds(List<Page> pages) {
    return new JumpStitcher().logicalIds(pages);
  }

  /** The text a search reads: paragraphs, then photo captions. */
  public static String body(Article article) {
    StringBuilder text = new StringBuilder(article.text());
    for (Image image : article.images()) {
      if (image.caption() != null && !image.caption().isBlank()) {
        text.append('\n').append(image.caption());
      }
    }
    return text.toString();
  }
}
