package baoku.cli;

import baoku.corpus.ComposedPage;
import baoku.corpus.CorpusPages;
import baoku.corpus.CorpusSplits;
import baoku.corpus.CrawlArticle;
import baoku.corpus.CrawlExtractor;
import baoku.corpus.CrawlReader;
import baoku.corpus.PageComposer;
import baoku.corpus.PageForm;
import baoku.corpus.Split;
import baoku.corpus.TypesetPages;
import baoku.eval.GoldDirectory;
import baoku.eval.GoldPage;
import baoku.page.Page;
import baoku.page.PageJson;
import baoku.resource.ResourceLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code baoku corpus}: the real-article corpus, and gold pages laid out from it. */
@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    description = "The 人民日报 article corpus, and gold pages composed from it.",
    subcommands = {
      CorpusCommand.Extract.class,
      CorpusCommand.Pages.class,
      CorpusCommand.Relayout.class,
      CorpusCommand.Typeset.class
    })
final class CorpusCommand {
  /** The forms named, or all of them. */
  static List<PageForm> forms(List<String> names) {
    return names == null
        ? List.of(PageForm.values())
        : names.stream().map(f -> PageForm.valueOf(f.toUpperCase(Locale.ROOT))).toList();
  }

  /**
   * The articles of the split named {@code split} (train, dev or test); rejections to {@code err}.
   */
  static List<CrawlArticle> splitArticles(
      ResourceLoader loader, Path corpus, String split, PrintWriter err) throws IOException {
    return new CrawlReader(new CorpusSplits(loader))
        .read(corpus, Split.valueOf(split.toUpperCase(Locale.ROOT)), err::println);
  }

  /** Lays out pages in each form and writes them as gold pages, a folder a form. */
  static void write(
      CorpusPages pages,
      List<String> forms,
      Function<PageForm, List<ComposedPage>> layout,
      Path out,
      PrintWriter stdout)
      throws IOException {
    for (PageForm form : forms(forms)) {
      List<ComposedPage> composed = layout.apply(form);
      Path dir = out.resolve(form.name().toLowerCase(Locale.ROOT));
      pages.write(composed, dir);
      stdout.println(composed.size() + " pages in " + dir);
    }
  }

  @Command(
      name = "extract",
      mixinStandardHelpOptions = true,
      description = {
        "Unpack the crawl's monthly archives from a clone of"
            + " github.com/caspiankexin/people-daily-crawler-date into CORPUS_DIR.",
        "The months kept for testing are never unpacked."
      })
  static final class Extract implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GIT_DIR", description = "The clone's .git folder.")
    Path gitDir;

    @Parameters(index = "1", paramLabel = "CORPUS_DIR", description = "Where to unpack.")
    Path out;

    @Override
    public Integer call() throws IOException, InterruptedException {
      ResourceLoader loader = new ResourceLoader();
      PrintWriter stdout = spec.commandLine().getOut();
      int files =
          new CrawlExtractor(loader, new CorpusSplits(loader))
              .extract(gitDir, out, stdout::println);
      stdout.println(files + " article files in " + out);
      return 0;
    }
  }

  @Command(
      name = "pages",
      mixinStandardHelpOptions = true,
      description = {
        "Lay out pages of one split's articles in the given forms and write them as gold pages"
            + " (NAME.txt, NAME.gold.json, NAME.meta.json) for baoku eval, one folder a form."
      })
  static final class Pages implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CORPUS_DIR")
    Path corpus;

    @Parameters(index = "1", paramLabel = "OUT_DIR")
    Path out;

    @Option(names = "--split", defaultValue = "dev", description = "train, dev or test.")
    String split;

    @Option(names = "--pages", defaultValue = "60", description = "Pages per form.")
    int count;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(
        names = "--form",
        split = ",",
        description = "epaper, columns, columns_headline_after, pdf_text (default: all).")
    List<String> forms;

    @Override
    public Integer call() throws IOException {
      ResourceLoader loader = new ResourceLoader();
      PrintWriter stdout = spec.commandLine().getOut();
      PrintWriter stderr = spec.commandLine().getErr();
      List<CrawlArticle> articles = splitArticles(loader, corpus, split, stderr);
      CorpusPages pages = new CorpusPages(new PageComposer(loader), new PageJson().mapper());
      write(pages, forms, form -> pages.compose(articles, List.of(form), count, seed), out, stdout);
      return 0;
    }
  }

  @Command(
      name = "relayout",
      mixinStandardHelpOptions = true,
      description = {
        "Lay out the articles of the gold pages in GOLD_DIR again, four drawn at random to a"
            + " page, in the given forms, and write them as gold pages, one folder a form."
      })
  static final class Relayout implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD_DIR")
    Path goldDir;

    @Parameters(index = "1", paramLabel = "OUT_DIR")
    Path out;

    @Option(names = "--pages", defaultValue = "20", description = "Pages per form.")
    int count;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--form", split = ",", description = "As for pages (default: all).")
    List<String> forms;

    @Override
    public Integer call() throws IOException {
      PageJson json = new PageJson();
      List<Page> gold = new ArrayList<>();
      for (GoldPage page : new GoldDirectory(json.mapper()).read(goldDir)) {
        gold.add(json.mapper().treeToValue(page.gold(), Page.class));
      }
      CorpusPages pages = new CorpusPages(new PageComposer(new ResourceLoader()), json.mapper());
      List<CrawlArticle> articles = CorpusPages.articlesOf(gold);
      write(
          pages,
          forms,
          form -> pages.relayout(articles, 4, form, count, seed),
          out,
          spec.commandLine().getOut());
      return 0;
    }
  }

  @Command(
      name = "typeset",
      mixinStandardHelpOptions = true,
      description = {
        "Set pages of one split's articles as HTML, print them to PDF with headless Chromium and"
            + " read them back with pdftotext; writes three gold folders under OUT_DIR:"
            + " typeset_pdf, typeset_text (reading order) and typeset_raw (drawing order).",
        "Needs chromium (or BAOKU_CHROMIUM) and pdftotext (poppler-utils)."
      })
  static final class Typeset implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CORPUS_DIR")
    Path corpus;

    @Parameters(index = "1", paramLabel = "OUT_DIR")
    Path out;

    @Option(names = "--split", defaultValue = "dev", description = "train, dev or test.")
    String split;

    @Option(names = "--pages", defaultValue = "40")
    int count;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Override
    public Integer call() throws IOException, InterruptedException {
      ResourceLoader loader = new ResourceLoader();
      PrintWriter stdout = spec.commandLine().getOut();
      PrintWriter stderr = spec.commandLine().getErr();
      List<CrawlArticle> articles = splitArticles(loader, corpus, split, stderr);
      TypesetPages typeset =
          new TypesetPages(
              loader,
              new CorpusPages(new PageComposer(loader), new PageJson().mapper()),
              System.getenv("BAOKU_CHROMIUM"),
              System.getenv("PATH"));
      int written = typeset.write(articles, count, seed, out, stderr::println);
      stdout.println(written + " pages typeset in " + out);
      return written > 0 ? 0 : 1;
    }
  }
}
