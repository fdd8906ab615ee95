package baoku.corpus;

import baoku.page.Article;
import baoku.page.Issue;
import baoku.page.OtherBlock;
import baoku.page.Page;
import baoku.resource.ResourceLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Pages of corpus articles set by a real layout engine: each page made up ({@link PageMakeup}), set
 * as HTML ({@link HtmlPageSetter}), printed to PDF by headless Chromium and read back by pdftotext.
 * Three gold folders come out: {@code typeset_pdf} (the PDFs, for the PDF reader), {@code
 * typeset_text} (their text in reading order) and {@code typeset_raw} (in drawing order).
 */
public final class TypesetPages {
  /** Text a broadsheet page holds, in characters: a page takes articles until it is full. */
  private static final int MIN_BUDGET = 4_000;

  private static final int MAX_BUDGET = 9_000;

  /** Pages printed in one browser run. */
  private static final int BATCH = 8;

  private final ArticleSetter setter;
  private final PageFurniture furniture;
  private final HtmlPageSetter html = new HtmlPageSetter();
  private final BrowserPrinter printer;
  private final Pdftotext pdftotext;
  private final CorpusPages gold;

  public TypesetPages(ResourceLoader loader, CorpusPages gold, String browser, String path)
      throws IOException {
    this.setter = new ArticleSetter(loader);
    this.furniture = new PageFurniture(loader);
    this.printer = BrowserPrinter.find(browser, path);
    this.pdftotext = new Pdftotext("pdftotext");
    this.gold = gold;
  }

  /**
   * Sets up to {@code count} pages of {@code articles} (drawn evenly over the issues) and writes
   * them into the three folders under {@code out}; says each page's trouble in one line to {@code
   * problems} and goes on.
   *
   * @return the pages written
   */
  public int write(
      List<CrawlArticle> articles, int count, long seed, Path out, Consumer<String> problems)
      throws IOException, InterruptedException {
    List<String> namePool = CorpusPages.reporters(articles);
    List<List<CrawlArticle>> all = CorpusPages.byPage(articles);
    Path work = Files.createTempDirectory("baoku-typeset");
    SplittableRandom random = new SplittableRandom(seed);
    List<Setting> batch = new ArrayList<>();
    int written = 0;
    int step = Math.max(1, all.size() / Math.max(1, count));
    try {
      for (int i = 0; i < all.size() && written + batch.size() < count; i += step) {
        RandomGenerator pageRandom = random.split();
        List<CrawlArticle> page = fill(all.get(i), pageRandom);
        if (!page.isEmpty()) {
          batch.add(set(page, pageRandom, namePool));
        }
        if (batch.size() == BATCH) {
          written += print(batch, work, out, problems);
          batch.clear();
        }
      }
      written += print(batch, work, out, problems);
    } finally {
      deleteTree(work);
    }
    return written;
  }

  /**
   * Prints the batch in one browser run, a sheet a page; a batch where some page did not fit its
   * sheet is printed again page by page, each sheet made longer until the page fits.
   */
  private int print(List<Setting> batch, Path work, Path out, Consumer<String> problems)
      throws IOException, InterruptedException {
    if (batch.isEmpty()) {
      return 0;
    }
    Path pdfDir = Files.createDirectories(out.resolve("typeset_pdf"));
    Path html = work.resolve("batch.html");
    Path pdf = work.resolve("batch.pdf");
    List<HtmlPageSetter.Sheet> sheets = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      sheets.add(batch.get(i).sheet(this.html, "s" + i, 1));
    }
    Files.writeString(html, this.html.document(sheets), StandardCharsets.UTF_8);
    Files.deleteIfExists(pdf);
    printer.print(html, pdf, work.resolve("profile"));
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      if (document.getNumberOfPages() == batch.size()) {
        for (int i = 0; i < batch.size(); i++) {
          try (PDDocument one = new PDDocument()) {
            one.importPage(document.getPage(i));
            one.save(pdfDir.resolve(batch.get(i).name() + ".pdf").toFile());
          }
        }
      } else {
        for (Setting setting : batch) {
          try {
            printAlone(setting, work, pdfDir.resolve(setting.name() + ".pdf"));
          } catch (IOException e) {
            problems.accept(setting.name() + ": " + e.getMessage());
          }
        }
      }
    }
    int written = 0;
    for (Setting setting : batch) {
      Path onePdf = pdfDir.resolve(setting.name() + ".pdf");
      if (Files.exists(onePdf)) {
        readBack(setting, onePdf, out);
        written++;
      }
    }
    return written;
  }

  private void printAlone(Setting setting, Path work, Path pdf)
      throws IOException, InterruptedException {
    Path html = work.resolve("page.html");
    double stretch = 1;
    for (int attempt = 0; attempt < 4; attempt++, stretch *= 1.35) {
      Files.writeString(
          html,
          this.html.document(List.of(setting.sheet(this.html, "s0", stretch))),
          StandardCharsets.UTF_8);
      Files.deleteIfExists(pdf);
      printer.print(html, pdf, work.resolve("profile"));
      try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
        if (document.getNumberOfPages() == 1) {
          return;
        }
      }
    }
    Files.deleteIfExists(pdf);
    throw new IOException("does not fit on one sheet");
  }

  /** The page's text in reading and drawing order, and the gold of all three folders. */
  private void readBack(Setting setting, Path pdf, Path out)
      throws IOException, InterruptedException {
    Path textDir = Files.createDirectories(out.resolve("typeset_text"));
    Path rawDir = Files.createDirectories(out.resolve("typeset_raw"));
    String name = setting.name();
    pdftotext.read(pdf, textDir.resolve(name + ".txt"), false);
    pdftotext.read(pdf, rawDir.resolve(name + ".txt"), true);
    gold.writeGold(pdf.getParent(), name, setting.gold(), setting.unknown(), "typeset_pdf");
    gold.writeGold(textDir, name, setting.gold(), setting.unknown(), "typeset_text");
    gold.writeGold(rawDir, name, setting.gold(), setting.unknown(), "typeset_raw");
  }

  /** The articles of one crawl page that fit on a printed page, in order. */
  private static List<CrawlArticle> fill(List<CrawlArticle> page, RandomGenerator random) {
    int budget = MIN_BUDGET + random.nextInt(MAX_BUDGET - MIN_BUDGET);
    List<CrawlArticle> out = new ArrayList<>();
    int used = 0;
    for (CrawlArticle a : page) {
      int length = a.paragraphs().stream().mapToInt(String::length).sum();
      if (used + length <= budget) {
        out.add(a);
        used += length;
      }
    }
    return out;
  }

  /** A page set and its gold, ready to print. */
  private record Setting(
      String name,
      Page gold,
      Set<Integer> unknown,
      PageMakeup makeup,
      boolean front,
      List<String> head,
      List<String> notice,
      String editors) {

    HtmlPageSetter.Sheet sheet(HtmlPageSetter html, String id, double stretch) {
      return html.sheet(id, makeup, front, head, notice, editors, makeup.heightMm(front) * stretch);
    }
  }

  /** Sets one page of {@code page}'s articles, with what the page prints besides them. */
  private Setting set(List<CrawlArticle> page, RandomGenerator random, List<String> namePool) {
    CrawlArticle first = page.get(0);
    String name = String.format(Locale.ROOT, "rmrb-%s-p%02d-typeset", first.date(), first.page());
    boolean front = first.page() == 1;
    List<String> head = new ArrayList<>();
    if (front) {
      int pages = PageFurniture.pageCount(random);
      for (String template : furniture.mastheadTemplates()) {
        if (random.nextDouble() >= 0.2) {
          head.add(PageFurniture.fill(template, first.date(), 1, pages, random));
        }
      }
    } else if (random.nextDouble() < 0.8) {
      head.add(furniture.runningHead(first.date(), first.page(), random));
    }
    List<SetArticle> set = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    Set<Integer> unknown = new HashSet<>();
    for (CrawlArticle article : page) {
      SetArticle s = setter.set(article, first.page(), set.isEmpty(), random, namePool);
      if (!s.authorsKnown()) {
        unknown.add(set.size());
      }
      set.add(s);
      articles.add(s.gold());
    }
    List<OtherBlock> others = new ArrayList<>();
    List<String> notice = random.nextDouble() < 0.15 ? furniture.notice(random) : List.of();
    if (!notice.isEmpty()) {
      others.add(new OtherBlock("advertisement", String.join(" ", notice)));
    }
    String editors = random.nextDouble() < 0.7 ? furniture.editorLine(namePool, random) : null;
    if (editors != null) {
      others.add(new OtherBlock("credits", editors));
    }
    Page gold =
        new Page(
            name + ".txt",
            Issue.empty().withPaper(PageFurniture.PAPER).withDate(first.date()),
            first.page(),
            front ? String.join(" ", head) : null,
            others,
            articles,
            List.of());
    return new Setting(
        name, gold, unknown, PageMakeup.of(set, random), front, head, notice, editors);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
