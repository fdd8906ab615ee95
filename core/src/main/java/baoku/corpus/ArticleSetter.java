package baoku.corpus;

import baoku.page.Article;
import baoku.page.Image;
import baoku.page.TitleSource;
import baoku.parse.label.LineRole;
import baoku.resource.ResourceLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Decides how one crawl article is printed on a composed page — where its byline stands, whether it
 * jumps to another page, whether a photo with a caption goes with it — and writes the gold article
 * for what is printed.
 */
final class ArticleSetter {
  private static final String SENTENCE_MARKS = "。！？；";
  private static final java.util.regex.Pattern WRITER_WORDS =
      java.util.regex.Pattern.compile("记者|通讯员|整理|作者|摄");

  private final CrawlBylines bylines = new CrawlBylines();
  private final List<String> bylineForms;
  private final List<String> creditForms;
  private final List<String> captionForms;
  private final List<String> columns;

  ArticleSetter(ResourceLoader loader) {
    this.bylineForms = loader.entries("corpus/bylines.txt");
    this.creditForms = loader.entries("corpus/credits.txt");
    this.captionForms = loader.entries("corpus/captions.txt");
    this.columns = loader.entries("corpus/columns.txt");
  }

  SetArticle set(
      CrawlArticle article, int page, boolean first, RandomGenerator random, List<String> names) {
    // A brief (简讯) may run without a headline of its own, under the one before it; its dateline
    // tells where it begins.
    boolean untitled =
        !first
            && article.paragraphs().size() <= 6
            && bylines.read(article.paragraphs().get(0)).isPresent()
            && random.nextDouble() < 0.15;
    article = untitled ? withoutHeadline(article) : article;
    List<PrintedLine> headline = new ArrayList<>();
    String column = random.nextDouble() < 0.08 ? pick(columns, random) : null;
    if (column != null) {
      addHeadline(headline, column, LineRole.COLUMN);
    }
    addHeadline(headline, article.kicker(), LineRole.KICKER);
    addHeadline(headline, article.title(), LineRole.TITLE);
    addHeadline(headline, article.subtitle(), LineRole.SUBTITLE);

    List<String> paragraphs = new ArrayList<>(article.paragraphs());
    List<String> authors = List.of();
    boolean known = true;
    String bylineLine = null;
    String dateline = null;
    Optional<CrawlBylines.Opening> opening = bylines.read(paragraphs.get(0));
    if (opening.isPresent()) {
      CrawlBylines.Opening o = opening.get();
      dateline = o.dateline();
      authors = o.authors();
      known = !authors.isEmpty();
      if (known && o.reporters() && o.dateline().startsWith("本报") && random.nextDouble() < 0.35) {
        bylineLine = pick(bylineForms, random).replace("{names}", String.join("　", authors));
        paragraphs.set(0, o.dateline() + "　" + o.rest());
      }
    }

    if (paragraphs.stream().anyMatch(ArticleSetter::namesWriters)) {
      known = false; // a byline the crawl keeps as a paragraph: who wrote it is not read here
    }

    String jump = null;
    boolean jumpInline = false;
    Integer continuedOn = null;
    double jumpChance = page == 1 ? 0.3 : 0.08;
    if (paragraphs.size() >= 4 && random.nextDouble() < jumpChance) {
      int keep = 2 + random.nextInt(paragraphs.size() - 3);
      paragraphs = new ArrayList<>(paragraphs.subList(0, keep));
      String last = paragraphs.get(keep - 1);
      int comma = last.indexOf('，', last.length() / 2);
      if (comma > 0 && comma < last.length() - 1 && random.nextBoolean()) {
        paragraphs.set(keep - 1, last.substring(0, comma + 1));
      }
      continuedOn = page + 1 + random.nextInt(8);
      jump = (random.nextBoolean() ? "（下转第" : "（紧转第") + continuedOn + "版）";
      jumpInline = random.nextDouble() < 0.3;
    }

    List<Boolean> subheads = new ArrayList<>();
    List<String> subheadTexts = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      boolean subhead = i > 0 && isSubhead(paragraphs.get(i));
      subheads.add(subhead);
      if (subhead) {
        subheadTexts.add(paragraphs.get(i));
      }
    }

    String caption = null;
    String credit = null;
    List<Image> images = List.of();
    if (random.nextDouble() < 0.25) {
      caption = caption(paragraphs, random);
      if (caption != null) {
        if (!names.isEmpty() && random.nextDouble() < 0.7) {
          credit = pick(creditForms, random).replace("{name}", pick(names, random));
        }
        images = List.of(new Image(caption, credit == null ? null : credit.strip()));
      }
    }

    Article gold =
        new Article(
            blankToNull(article.kicker()),
            blankToNull(article.title()),
            blankToNull(article.subtitle()),
            column,
            authors,
            dateline,
            "news",
            paragraphs,
            subheadTexts,
            images,
            continuedOn,
            null,
            TitleSource.PRINTED,
            List.of());
    return new SetArticle(
        headline,
        bylineLine,
        paragraphs,
        subheads,
        caption,
        credit,
        jump,
        jumpInline,
        random.nextDouble() < 0.08,
        gold,
        known);
  }

  private static CrawlArticle withoutHeadline(CrawlArticle a) {
    return new CrawlArticle(a.source(), a.date(), a.page(), a.order(), "", "", "", a.paragraphs());
  }

  private static void addHeadline(List<PrintedLine> out, String text, LineRole role) {
    if (!text.isBlank()) {
      out.add(new PrintedLine(text, role));
    }
  }

  /** A short paragraph that names a writer or photographer (本报记者 张三整理, （作者为…）). */
  private static boolean namesWriters(String paragraph) {
    boolean bracketed = paragraph.startsWith("（") || paragraph.startsWith("(");
    return (paragraph.length() <= 40 || bracketed && paragraph.length() <= 160)
        && WRITER_WORDS.matcher(paragraph).find();
  }

  /** A subhead: a short paragraph inside the text with no sentence mark and no colon at its end. */
  private static boolean isSubhead(String paragraph) {
    if (paragraph.length() > 24 || paragraph.length() < 4) {
      return false;
    }
    char last = paragraph.charAt(paragraph.length() - 1);
    return SENTENCE_MARKS.indexOf(last) < 0 && last != '：' && last != '”' && last != '）';
  }

  /**
   * A caption made from a clause of the text that the text does not print as it stands: the clause
   * ends with a full stop where the text goes on after a comma.
   */
  private String caption(List<String> paragraphs, RandomGenerator random) {
    String paragraph = paragraphs.get(random.nextInt(paragraphs.size()));
    String[] clauses = paragraph.split("[，。；！？]");
    for (int tries = 0; tries < 4 && clauses.length > 0; tries++) {
      String clause = clauses[random.nextInt(clauses.length)].strip();
      if (clause.length() >= 8 && clause.length() <= 36) {
        String caption = pick(captionForms, random).replace("{text}", clause) + "。";
        String bodies = String.join("", paragraphs).replaceAll("\\s", "");
        return bodies.contains(caption.replaceAll("\\s", "")) ? "图为" + caption : caption;
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s.isBlank() ? null : s;
  }

  static String pick(List<String> options, RandomGenerator random) {
    return options.get(random.nextInt(options.size()));
  }
}
