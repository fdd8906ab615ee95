package baoku.bench;

import baoku.page.Article;
import baoku.page.Issue;
import baoku.page.Page;
import baoku.page.Person;
import baoku.page.TitleSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes any number of pages from the articles of a few real ones: paragraphs shuffled between
 * articles, names replaced by made-up ones, numbers changed, dates shifted day by day across
 * several papers. Page {@code i} is always the same page, so runs can be compared.
 */
final class CorpusGenerator {
  static final int PAGES_PER_ISSUE = 8;
  private static final List<String> PAPERS = List.of("乐山日报", "嘉州晚报", "峨眉周报");
  private static final LocalDate FIRST_DAY = LocalDate.of(1995, 1, 1);
  private static final String SURNAMES =
      "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
  private static final String GIVEN =
      "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国志红梅鹏飞斌宇浩凯俊帆晨曦琳雪婷倩颖慧瑶思源博文彬辉新春光荣德昌海波";
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  /**
   * Posts the made-up officials hold, each with the organisation printed before it, as titles are
   * printed beside names in a paper.
   */
  private static final List<String> POSTS =
      List.of(
          "市委书记",
          "市长",
          "副市长",
          "市委副书记",
          "市人大常委会主任",
          "市政协主席",
          "农业农村部副部长",
          "省委书记",
          "省长",
          "县委书记",
          "县长",
          "区委书记",
          "市委常委",
          "宣传部部长",
          "发改委主任");

  /** How many officials the corpus prints, a few of them far more often than the rest. */
  private static final int OFFICIALS = 300;

  private final List<String> paragraphs = new ArrayList<>();
  private final List<Article> articles = new ArrayList<>();
  private final List<String> names;
  private final List<Person> officials;
  private final long seed;

  CorpusGenerator(List<Page> sources, long seed) {
    this.seed = seed;
    Set<String> known = new LinkedHashSet<>();
    for (Page page : sources) {
      page.people().stream().map(Person::name).forEach(known::add);
      for (Article article : page.articles()) {
        articles.add(article);
        known.addAll(article.authors());
        for (String paragraph : article.paragraphs()) {
          if (paragraph.length() > 20) {
            paragraphs.add(paragraph);
          }
        }
      }
    }
    known.removeIf(name -> name.length() < 2 || name.length() > 3);
    this.names = List.copyOf(known);
    Random officialsDrawn = new Random(seed * 31 + 17);
    List<Person> made = new ArrayList<>(OFFICIALS);
    for (int i = 0; i < OFFICIALS; i++) {
      made.add(
          new Person(
              name(officialsDrawn),
              "official",
              List.of(POSTS.get(officialsDrawn.nextInt(POSTS.size())))));
    }
    this.officials = List.copyOf(made);
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("the source pages hold no paragraphs");
    }
  }

  /** Where page {@code index} of the corpus under {@code corpus} is written. */
  static Path file(Path corpus, int index) {
    return corpus
        .resolve(paper(index))
        .resolve(date(index).toString())
        .resolve(String.format(Locale.ROOT, "%02d.txt", pageNumber(index)));
  }

  static String paper(int index) {
    return PAPERS.get((index / PAGES_PER_ISSUE) % PAPERS.size());
  }

  static LocalDate date(int index) {
    return FIRST_DAY.plusDays(index / PAGES_PER_ISSUE / PAPERS.size());
  }

  static int pageNumber(int index) {
    return index % PAGES_PER_ISSUE + 1;
  }

  Page page(int index) {
    Random random = new Random(seed * 1_000_003L + index);
    Issue issue = Issue.empty().withPaper(paper(index)).withDate(date(index));
    int count = 4 + random.nextInt(4);
    List<Article> made = new ArrayList<>(count);
    List<String> named = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      made.add(article(random, named));
    }
    List<Person> people = new ArrayList<>();
    // One or two officials a page, the first few of them on many pages (a square skews the draw),
    // each printed with their title in the first paragraph of an article.
    int printed = 1 + random.nextInt(2);
    for (int i = 0; i < printed; i++) {
      double r = random.nextDouble();
      Person official = officials.get((int) (OFFICIALS * r * r));
      if (people.stream().noneMatch(p -> p.name().equals(official.name()))) {
        people.add(official);
        int target = random.nextInt(made.size());
        made.set(target, printing(made.get(target), official));
      }
    }
    // Reporters and the others the text names, as an enricher would find them.
    for (Article article : made) {
      for (String author : article.authors()) {
        addOnce(people, new Person(author, "reporter", List.of()));
      }
    }
    for (String name : named) {
      addOnce(people, new Person(name, "other", List.of()));
    }
    return new Page(null, issue, pageNumber(index), null, List.of(), made, people);
  }

  private static void addOnce(List<Person> people, Person person) {
    if (people.stream().noneMatch(p -> p.name().equals(person.name()))) {
      people.add(person);
    }
  }

  /** The article with "TITLE NAME出席。" opening its first paragraph after the byline. */
  private static Article printing(Article article, Person official) {
    List<String> body = new ArrayList<>(article.paragraphs());
    body.set(0, body.get(0) + official.titles().get(0) + official.name() + "出席。");
    return new Article(
        article.kicker(),
        article.title(),
        article.subtitle(),
        article.column(),
        article.authors(),
        article.dateline(),
        article.genre(),
        body,
        article.subheads(),
        article.images(),
        article.continuedOn(),
        article.continuedFrom(),
        article.titleSource());
  }

  /** An article; the made-up names its text prints are added to {@code named}. */
  private Article article(Random random, List<String> named) {
    Article source = articles.get(random.nextInt(articles.size()));
    String author = name(random);
    String[] swaps = {name(random), name(random), name(random)};
    int count = 2 + random.nextInt(7);
    List<String> body = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String paragraph = vary(paragraphs.get(random.nextInt(paragraphs.size())), swaps, random);
      body.add(i == 0 ? "本报讯（记者 " + author + "）" + paragraph : paragraph);
    }
    String title =
        source.title() == null ? body.get(0).substring(0, 12) : vary(source.title(), swaps, random);
    String text = title + String.join("", body);
    for (String swap : swaps) {
      if (text.contains(swap)) {
        named.add(swap);
      }
    }
    return new Article(
        null,
        title,
        source.subtitle() == null ? null : vary(source.subtitle(), swaps, random),
        null,
        List.of(author),
        "本报讯",
        "news",
        body,
        List.of(),
        List.of(),
        null,
        null,
        TitleSource.PRINTED);
  }

  /** The text with each known name replaced by one of this article's, and numbers changed. */
  private String vary(String text, String[] swaps, Random random) {
    String out = text;
    for (int i = 0; i < names.size(); i++) {
      if (out.contains(names.get(i))) {
        out = out.replace(names.get(i), swaps[i % swaps.length]);
      }
    }
    Matcher numbers = NUMBER.matcher(out);
    StringBuilder varied = new StringBuilder();
    while (numbers.find()) {
      int digits = numbers.group().length();
      int bound = (int) Math.min(Integer.MAX_VALUE, Math.pow(10, Math.min(digits, 9)));
      numbers.appendReplacement(varied, String.valueOf(1 + random.nextInt(Math.max(1, bound - 1))));
    }
    numbers.appendTail(varied);
    return varied.toString();
  }

  private String name(Random random) {
    StringBuilder name = new StringBuilder();
    name.append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
    int given = 1 + random.nextInt(2);
    for (int i = 0; i < given; i++) {
      name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
    }
    return name.toString();
  }
}
