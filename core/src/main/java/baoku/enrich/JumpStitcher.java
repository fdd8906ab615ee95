package baoku.enrich;

import baoku.page.Article;
import baoku.page.Page;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins the parts of articles that jump between pages of one issue into logical articles. A part
 * that ends 下转第2版 on page 1 continues in the piece on page 2 that begins 上接第1版 (the one with the
 * same headline where several do), or, where page 2 prints no such mark, in the piece with the same
 * headline. Every part gets the id of the logical article's first part.
 */
public final class JumpStitcher {
  /** Headlines shorter than this are too common to join articles by. */
  private static final int MIN_HEADLINE = 4;

  /**
   * The logical-article id of every article on {@code pages}, all of one issue, keyed by the
   * article's own id {@code PAPER/YYYY-MM-DD/PAGE/N} (N its place in the page's reading order from
   * 1), in page and reading order. An article that is not continued is its own logical article.
   */
  public Map<String, String> logicalIds(List<Page> pages) {
    List<Page> ordered = new ArrayList<>(pages);
    ordered.sort(
        java.util.Comparator.comparing(
            (Page p) -> p.number() == null ? Integer.MAX_VALUE : p.number()));
    Map<String, String> logical = new LinkedHashMap<>();
    Set<String> claimed = new HashSet<>();
    for (Page page : ordered) {
      for (int n = 1; n <= page.articles().size(); n++) {
        logical.putIfAbsent(id(page, n), id(page, n));
      }
      for (int n = 1; n <= page.articles().size(); n++) {
        Article part = page.articles().get(n - 1);
        if (part.continuedOn() == null) {
          continue;
        }
        Page next = pageNumbered(ordered, part.continuedOn());
        if (next == null) {
          continue;
        }
        int continuation = continuation(part, page.number(), next, claimed);
        if (continuation > 0) {
          String nextId = id(next, continuation);
          claimed.add(nextId);
          logical.put(nextId, logical.get(id(page, n)));
        }
      }
    }
    return logical;
  }

  /** The ordinal on {@code next} of the piece {@code part} continues in, or 0 where none. */
  private static int continuation(Article part, Integer fromPage, Page next, Set<String> claimed) {
    int marked = 0;
    int sameHeadline = 0;
    for (int n = 1; n <= next.articles().size(); n++) {
      Article piece = next.articles().get(n - 1);
      if (claimed.contains(id(next, n))) {
        continue;
      }
      boolean marks = fromPage != null && fromPage.equals(piece.continuedFrom());
      boolean same = sameHeadline(part, piece);
      if (marks && same) {
        return n;
      }
      if (marks && marked == 0) {
        marked = n;
      }
      if (same && sameHeadline == 0 && piece.continuedFrom() == null) {
        sameHeadline = n;
      }
    }
    return marked > 0 ? marked : sameHeadline;
  }

  /** Same headline, or one the shortened form of the other, as jump pages often print it. */
  static boolean sameHeadline(Article a, Article b) {
    String x = plain(a.title());
    String y = plain(b.title());
    if (x.length() < MIN_HEADLINE || y.length() < MIN_HEADLINE) {
      return false;
    }
    return x.contains(y) || y.contains(x);
  }

  private static String plain(String title) {
    return title == null ? "" : title.replaceAll("[\\s\\p{P}]", "");
  }

  private static Page pageNumbered(List<Page> pages, int number) {
    return pages.stream()
        .filter(p -> p.number() != null && p.number() == number)
        .findFirst()
        .orElse(null);
  }

  /** {@code PAPER/YYYY-MM-DD/PAGE/N}, as the archive names a printed article. */
  static String id(Page page, int ordinal) {
    String paper = page.issue() == null ? null : page.issue().paper();
    Object date = page.issue() == null ? null : page.issue().date();
    return paper + "/" + date + "/" + page.number() + "/" + ordinal;
  }
}
