package baoku.archive.opensearch;

import baoku.archive.IssueId;
import baoku.page.Article;
import baoku.page.Issue;
import baoku.page.Page;
import baoku.testing.SamplePages;
import com.ibm.icu.text.Transliterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Pages made from the sample articles, to give both stores the same larger corpus: paragraphs
 * shuffled between articles, some set in traditional characters or full-width digits, across three
 * papers and many days. Page {@code i} is always the same.
 */
final class MixedPages {
  static final List<String> PAPERS = List.of("乐山日报", "嘉州晚报", "峨眉周报");
  static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

  private final List<Article> articles = new ArrayList<>();
  private final List<String> paragraphs = new ArrayList<>();
  private final Transliterator traditional = Transliterator.getInstance("Simplified-Traditional");

  MixedPages() {
    for (Page page : new SamplePages().both()) {
      articles.addAll(page.articles());
      page.articles().forEach(a -> paragraphs.addAll(a.paragraphs()));
    }
  }

  static IssueId issue(int index) {
    return new IssueId(PAPERS.get(index % 3), FIRST_DAY.plusDays(index / 6));
  }

  static int pageNumber(int index) {
    return index / 3 % 2 + 1;
  }

  Page page(int index) {
    Random random = new Random(index * 7919L + 13);
    IssueId issue = issue(index);
    int count = 3 + random.nextInt(4);
    List<Article> made = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Article model = articles.get(random.nextInt(articles.size()));
      List<String> body = new ArrayList<>();
      int length = 1 + random.nextInt(4);
      for (int p = 0; p < length; p++) {
        body.add(vary(paragraphs.get(random.nextInt(paragraphs.size())), random));
      }
      made.add(
          new Article(
              model.kicker(),
              vary(model.title() == null ? "" : model.title(), random),
              model.subtitle(),
              model.column(),
              model.authors(),
              model.dateline(),
              model.genre(),
              body,
              List.of(),
              model.images(),
              null,
              null,
              model.titleSource()));
    }
    Issue printed = Issue.empty().withPaper(issue.paper()).withDate(issue.date());
    return new Page("mixed-" + index, printed, pageNumber(index), null, List.of(), made, List.of());
  }

  private String vary(String text, Random random) {
    int roll = random.nextInt(10);
    if (roll < 2) {
      return traditional.transliterate(text);
    }
    if (roll < 3) {
      StringBuilder wide = new StringBuilder();
      text.codePoints()
          .forEach(c -> wide.appendCodePoint(c >= '0' && c <= '9' ? c - '0' + '０' : c));
      return wide.toString();
    }
    return text;
  }
}
