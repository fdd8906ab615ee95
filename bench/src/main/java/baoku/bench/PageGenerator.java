package baoku.bench;

import baoku.page.Article;
import baoku.page.Issue;
import baoku.page.Page;
import baoku.page.PageJson;
import baoku.parse.PageHints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Makes pages for measurement from the articles of gold pages: a random choice of articles, their
 * paragraphs shuffled (the opening paragraph and subheads stay in place), the numbers varied, the
 * date shifted, laid out as e-paper text or as PDF columns. Each page comes with its own gold, so
 * generated pages can be scored as well as timed. The same seed gives the same pages.
 */
public final class PageGenerator {
  private static final String[] WEEKDAYS = {"一", "二", "三", "四", "五", "六", "日"};

  private final List<Article> articles;
  private final List<Issue> issues;
  private final SplittableRandom random;

  public PageGenerator(List<Page> samples, long seed) {
    List<Article> pool = new ArrayList<>();
    List<Issue> mastheads = new ArrayList<>();
    for (Page page : samples) {
      pool.addAll(page.articles().stream().filter(a -> !a.paragraphs().isEmpty()).toList());
      if (page.issue() != null && page.issue().paper() != null) {
        mastheads.add(page.issue());
      }
    }
    if (pool.isEmpty() || mastheads.isEmpty()) {
      throw new IllegalArgumentException("the sample pages hold no articles or no paper name");
    }
    this.articles = List.copyOf(pool);
    this.issues = List.copyOf(mastheads);
    this.random = new SplittableRandom(seed);
  }

  /** Reads every {@code *.gold.json} page of {@code dir} as a sample. */
  public static PageGenerator fromGoldPages(Path dir, long seed) throws IOException {
    PageJson json = new PageJson();
    List<Page> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String text = Files.readString(file);
        if (file.getFileName().toString().endsWith(".gold.json") && text.contains("\"articles\"")) {
          pages.add(json.read(text));
        }
      }
    }
    return new PageGenerator(pages, seed);
  }

  public List<GeneratedPage> generate(Layout layout, int count) {
    List<GeneratedPage> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(
          generate(
              layout, String.format(java.util.Locale.ROOT, "generated-%s-%05d", slug(layout), i)));
    }
    return out;
  }

  public GeneratedPage generate(Layout layout, String name) {
    Issue template = issues.get(random.nextInt(issues.size()));
    int dayShift = random.nextInt(-3000, 3000);
    LocalDate date =
        (template.date() != null ? template.date() : LocalDate.of(2024, 1, 1)).plusDays(dayShift);
    int pageCount = 4 * (1 + random.nextInt(4));
    int number = 1 + random.nextInt(pageCount);
    Issue issue =
        new Issue(
            template.paper(),
            template.paperEn(),
            date,
            "星期" + WEEKDAYS[date.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()],
            null,
            template.organ(),
            template.publisher(),
            template.issnCn(),
            template.postalCode(),
            pageCount,
            template.serial() != null ? Math.max(1, template.serial() + dayShift) : null);
    TextVariation variation =
        new TextVariation(
            random, date.getYear() - (template.date() != null ? template.date().getYear() : 2024));
    List<Article> chosen = chooseArticles(variation, pageCount);
    List<String> masthead = mastheadLines(issue);
    String text = new PageRenderer(random).render(layout, masthead, chosen);
    Page gold =
        new Page(
            name + ".txt", issue, number, String.join(" ", masthead), List.of(), chosen, List.of());
    return new GeneratedPage(name, text, gold, new PageHints(issue.paper(), date, number));
  }

  private List<Article> chooseArticles(TextVariation variation, int pageCount) {
    List<Article> shuffled = new ArrayList<>(articles);
    Collections.shuffle(shuffled, new java.util.Random(random.nextLong()));
    int n = Math.min(shuffled.size(), 3 + random.nextInt(5));
    List<Article> out = new ArrayList<>();
    for (Article a : shuffled.subList(0, n)) {
      out.add(vary(a, variation, pageCount));
    }
    return out;
  }

  private Article vary(Article a, TextVariation variation, int pageCount) {
    List<String> paragraphs = new ArrayList<>(a.paragraphs());
    // Shuffle the plain paragraphs among their own slots: the opening (dateline, byline) and the
    // subheads keep their places, so the article still reads as one.
    List<Integer> slots = new ArrayList<>();
    for (int i = 1; i < paragraphs.size(); i++) {
      if (!a.subheads().contains(paragraphs.get(i))) {
        slots.add(i);
      }
    }
    List<String> plain = new ArrayList<>(slots.stream().map(paragraphs::get).toList());
    Collections.shuffle(plain, new java.util.Random(random.nextLong()));
    for (int k = 0; k < slots.size(); k++) {
      paragraphs.set(slots.get(k), plain.get(k));
    }
    List<String> varied =
        paragraphs.stream().map(p -> a.subheads().contains(p) ? p : variation.vary(p)).toList();
    Integer jump = a.continuedOn() == null ? null : 2 + random.nextInt(pageCount - 1);
    return new Article(
        a.kicker(),
        variation.vary(a.title()),
        a.subtitle(),
        a.column(),
        a.authors(),
        a.dateline(),
        a.genre(),
        varied,
        a.subheads(),
        a.images(),
        jump,
        null,
        a.titleSource());
  }

  private static List<String> mastheadLines(Issue issue) {
    List<String> lines = new ArrayList<>();
    lines.add(issue.paper());
    addIf(lines, issue.paperEn(), "");
    lines.add(
        issue.date().getYear()
            + "年"
            + issue.date().getMonthValue()
            + "月"
            + issue.date().getDayOfMonth()
            + "日");
    lines.add(issue.weekday());
    addIf(lines, issue.organ(), "");
    addIf(lines, issue.publisher(), "出版");
    if (issue.issnCn() != null) {
      lines.add("国内统一连续出版物号");
      lines.add(issue.issnCn());
    }
    addIf(lines, issue.postalCode() == null ? null : "邮发代号 " + issue.postalCode(), "");
    lines.add("今日" + issue.pageCount() + "版");
    addIf(lines, issue.serial() == null ? null : "总第" + issue.serial() + "期", "");
    return lines;
  }

  private static void addIf(List<String> lines, String value, String suffix) {
    if (value != null) {
      lines.add(value + suffix);
    }
  }

  private static String slug(Layout layout) {
    return layout == Layout.EPAPER ? "epaper" : "pdf";
  }
}
