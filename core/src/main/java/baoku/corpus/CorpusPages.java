package baoku.corpus;

import baoku.page.Article;
import baoku.page.Page;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Pages composed from the articles of one split, and gold folders of them for {@code baoku eval}:
 * {@code NAME.txt} in the page's encoding, {@code NAME.gold.json} and {@code NAME.meta.json}. The
 * same articles, forms and seed give the same pages.
 */
public final class CorpusPages {
  private static final int MAX_ARTICLES = 9;

  private final PageComposer composer;
  private final ObjectMapper json;

  public CorpusPages(PageComposer composer, ObjectMapper json) {
    this.composer = composer;
    this.json = json;
  }

  /**
   * Up to {@code count} pages, each a page of the corpus laid out in one of {@code forms} in turn;
   * pages are drawn evenly over the issues.
   */
  public List<ComposedPage> compose(
      List<CrawlArticle> articles, List<PageForm> forms, int count, long seed) {
    List<String> namePool = reporters(articles);
    List<List<CrawlArticle>> all = byPage(articles);
    SplittableRandom random = new SplittableRandom(seed);
    List<ComposedPage> out = new ArrayList<>();
    int step = Math.max(1, all.size() / Math.max(1, count));
    for (int i = 0; i < all.size() && out.size() < count; i += step) {
      List<CrawlArticle> page = all.get(i);
      if (page.size() > MAX_ARTICLES) {
        page = page.subList(0, MAX_ARTICLES);
      }
      PageForm form = forms.get(out.size() % forms.size());
      CrawlArticle first = page.get(0);
      String name =
          String.format(
              java.util.Locale.ROOT,
              "rmrb-%s-p%02d-%s",
              first.date(),
              first.page(),
              form.name().toLowerCase(java.util.Locale.ROOT));
      out.add(composer.compose(name, page, form, random.split(), namePool));
    }
    return out;
  }

  /** The articles of each page of each issue, in the order the corpus gives them. */
  static List<List<CrawlArticle>> byPage(List<CrawlArticle> articles) {
    Map<String, List<CrawlArticle>> pages = new LinkedHashMap<>();
    for (CrawlArticle a : articles) {
      pages.computeIfAbsent(a.date() + "-" + a.page(), k -> new ArrayList<>()).add(a);
    }
    return new ArrayList<>(pages.values());
  }

  /** The reporters the articles' bylines name, to credit photos and editing with. */
  static List<String> reporters(List<CrawlArticle> articles) {
    Set<String> names = new LinkedHashSet<>();
    CrawlBylines bylines = new CrawlBylines();
    for (CrawlArticle a : articles) {
      bylines.read(a.paragraphs().get(0)).ifPresent(o -> names.addAll(o.authors()));
    }
    return List.copyOf(names);
  }

  /**
   * {@code count} pages of {@code perPage} articles drawn at random from {@code articles} (the
   * articles of gold pages, say), each page a day after the one before, laid out in {@code form}.
   */
  public List<ComposedPage> relayout(
      List<CrawlArticle> articles, int perPage, PageForm form, int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<ComposedPage> out = new ArrayList<>();
    for (int k = 0; k < count && !articles.isEmpty(); k++) {
      List<CrawlArticle> pool = new ArrayList<>(articles);
      List<CrawlArticle> page = new ArrayList<>();
      while (page.size() < perPage && !pool.isEmpty()) {
        CrawlArticle a = pool.remove(random.nextInt(pool.size()));
        page.add(
            new CrawlArticle(
                a.source(),
                a.date().plusDays(k),
                2,
                page.size() + 1,
                a.kicker(),
                a.title(),
                a.subtitle(),
                a.paragraphs()));
      }
      CrawlArticle first = page.get(0);
      String name =
          String.format(
              java.util.Locale.ROOT,
              "relayout-%s-%s",
              first.date(),
              form.name().toLowerCase(java.util.Locale.ROOT));
      out.add(composer.compose(name, page, form, random.split(), List.of()));
    }
    return out;
  }

  /** The articles of gold pages with a printed title, as corpus articles. */
  public static List<CrawlArticle> articlesOf(List<Page> pages) {
    List<CrawlArticle> out = new ArrayList<>();
    for (Page page : pages) {
      java.time.LocalDate date =
          page.issue() != null && page.issue().date() != null
              ? page.issue().date()
              : java.time.LocalDate.of(2000, 1, 1);
      for (Article a : page.articles()) {
        if (a.title() != null && !a.paragraphs().isEmpty()) {
          out.add(
              new CrawlArticle(
                  page.source(),
                  date,
                  2,
                  out.size() + 1,
                  a.kicker() == null ? "" : a.kicker(),
                  a.title(),
                  a.subtitle() == null ? "" : a.subtitle(),
                  a.paragraphs()));
        }
      }
    }
    return out;
  }

  /** Writes each page as a gold page into {@code dir}. */
  public void write(List<ComposedPage> pages, Path dir) throws IOException {
    Files.createDirectories(dir);
    for (ComposedPage page : pages) {
      Files.write(dir.resolve(page.name() + ".txt"), page.bytes());
      writeGold(dir, page.name(), page.gold(), page.unknownAuthors(), page.form().name());
    }
  }

  /**
   * Writes {@code NAME.gold.json} and {@code NAME.meta.json} into {@code dir}; the authors of the
   * articles at {@code unknownAuthors} are left out, so that they are not scored.
   */
  void writeGold(Path dir, String name, Page gold, Set<Integer> unknownAuthors, String form)
      throws IOException {
    ObjectNode tree = json.valueToTree(gold);
    ArrayNode articles = (ArrayNode) tree.get("articles");
    for (int i : unknownAuthors) {
      ((ObjectNode) articles.get(i)).remove("authors");
    }
    Files.writeString(
        dir.resolve(name + ".gold.json"),
        json.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
    ObjectNode meta = json.createObjectNode();
    meta.put("paper", gold.issue().paper());
    meta.put("date", gold.issue().date().toString());
    meta.put("page", gold.number());
    meta.put("form", form.toLowerCase(java.util.Locale.ROOT));
    Files.writeString(dir.resolve(name + ".meta.json"), json.writeValueAsString(meta));
  }
}
