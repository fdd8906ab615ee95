package baoku.archive.opensearch;

import baoku.archive.IssueId;
import baoku.page.Article;
import baoku.page.EntityType;
import baoku.page.Issue;
import baoku.page.Mention;
import baoku.page.Page;
import baoku.page.Person;
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
    int number = pageNumber(index);
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
              // The last article of page 1 jumps to the first of page 2 of the same issue.
              number == 1 && i == count - 1 ? Integer.valueOf(2) : null,
              number == 2 && i == 0 ? Integer.valueOf(1) : null,
              model.titleSource(),
              List.of(),
              names(random),
              List.of()));
    }
    Issue printed = Issue.empty().withPaper(issue.paper()).withDate(issue.date());
    return new Page("mixed-" + index, printed, number, null, List.of(), made, PEOPLE);
  }

  /** Found by their names printed in the text, as enrichment's list of a page's people. */
  private static final List<Person> PEOPLE =
      List.of(
          new Person("陈光浩", "official", List.of("市委书记")),
          new Person("马波", "official", List.of("市委副书记")),
          new Person("張清", "reporter", List.of()));

  private static final List<String> PLACES = List.of("乐山市", "峨边彝族自治县", "沙湾区", "樂山市");
  private static final List<String> ORGS = List.of("市委", "市政府", "协鑫科技", "高新区管委会");

  /** Up to two places and one organisation, some in traditional characters. */
  private static List<Mention> names(Random random) {
    List<Mention> names = new ArrayList<>();
    for (int n = random.nextInt(3); n > 0; n--) {
      String place = PLACES.get(random.nextInt(PLACES.size()));
      names.add(new Mention(EntityType.PLACE, place, 0, place.length(), null));
    }
    if (random.nextBoolean()) {
      String org = ORGS.get(random.nextInt(ORGS.size()));
      names.add(new Mention(EntityType.ORG, org, 0, org.length(), org));
    }
    return names;
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
