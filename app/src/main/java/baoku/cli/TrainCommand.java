package baoku.cli;

import baoku.corpus.ComposedPage;
import baoku.corpus.CorpusLines;
import baoku.corpus.CorpusPages;
import baoku.corpus.CorpusSplits;
import baoku.corpus.CrawlArticle;
import baoku.corpus.CrawlReader;
import baoku.corpus.GoldLineRoles;
import baoku.corpus.PageComposer;
import baoku.corpus.PageForm;
import baoku.corpus.Split;
import baoku.eval.GoldDirectory;
import baoku.eval.GoldPage;
import baoku.page.Page;
import baoku.page.PageJson;
import baoku.parse.PageInputException;
import baoku.parse.ParserCues;
import baoku.parse.TextDecoder;
import baoku.parse.label.LabelledPage;
import baoku.parse.label.LabellerModel;
import baoku.parse.label.LabellerTrainer;
import baoku.parse.label.LineCues;
import baoku.parse.label.LineFeatures;
import baoku.parse.label.LineLabeller;
import baoku.parse.label.LineRole;
import baoku.parse.text.TextNormalizer;
import baoku.parse.zone.JumpParser;
import baoku.resource.ResourceLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code baoku train CORPUS_DIR}: learns the line labeller from pages composed of the corpus. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Learn the line labeller from pages laid out from the training months of CORPUS_DIR"
          + " (see baoku corpus), and score it on the dev months' pages.",
      "Writes the model to --out (the shipped one is"
          + " core/src/main/resources/baoku/parse/label/line-model.txt)."
    })
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "CORPUS_DIR")
  Path corpus;

  @Option(names = "--out", required = true, paramLabel = "FILE")
  Path out;

  @Option(names = "--pages", defaultValue = "100000", description = "Pages per form at most.")
  int pages;

  @Option(
      names = "--gold",
      paramLabel = "DIR",
      description =
          "Also learn from the real pages of a gold folder (NAME.txt beside NAME.gold.json), each"
              + " line's role read from the gold; may be repeated.")
  List<Path> goldDirs = List.of();

  @Option(
      names = "--typeset",
      paramLabel = "DIR",
      description =
          "Also learn from pages typeset by baoku corpus typeset (its typeset_text or typeset_raw"
              + " folder), each page counted once; may be repeated.")
  List<Path> typesetDirs = List.of();

  @Option(
      names = "--typeset-weight",
      defaultValue = "1",
      description = "How many times each typeset page counts against one composed page.")
  int typesetWeight;

  @Option(
      names = "--gold-weight",
      defaultValue = "60",
      description = "How many times each gold page counts against one composed page.")
  int goldWeight;

  @Option(
      names = "--copies",
      defaultValue = "2",
      description = "How many times each training page is laid out anew, each time differently.")
  int copies;

  @Option(names = "--epochs", defaultValue = "10")
  int epochs;

  @Option(names = "--seed", defaultValue = "1")
  long seed;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    ResourceLoader loader = new ResourceLoader();
    ParserCues cues = ParserCues.load(loader);
    CrawlReader reader = new CrawlReader(new CorpusSplits(loader));
    CorpusPages composer = new CorpusPages(new PageComposer(loader), new PageJson().mapper());
    CorpusLines lines = new CorpusLines(new TextNormalizer(), new JumpParser(cues));
    LineFeatures features = new LineFeatures(LineCues.of(cues));

    List<CrawlArticle> trainArticles = reader.read(corpus, Split.TRAIN, stderr::println);
    List<LabelledPage> train = new ArrayList<>();
    for (int copy = 0; copy < copies; copy++) {
      train.addAll(labelled(trainArticles, composer, lines, "train", seed + copy, stderr));
    }
    int composed = train.size();
    List<LabelledPage> gold = goldPages(goldDirs, cues, stderr);
    for (int i = 0; i < goldWeight; i++) {
      train.addAll(gold);
    }
    List<LabelledPage> typeset = goldPages(typesetDirs, cues, stderr);
    for (int i = 0; i < typesetWeight; i++) {
      train.addAll(typeset);
    }
    stdout.printf(Locale.ROOT, "training on %d pages%n", train.size());
    LineLabeller labeller = new LabellerTrainer(features, epochs, 2, seed).train(train);
    String provenance =
        "trained by: baoku train CORPUS_DIR --epochs "
            + epochs
            + " --seed "
            + seed
            + " --copies "
            + copies
            + goldDirs.stream()
                .map(d -> " --gold " + d)
                .collect(java.util.stream.Collectors.joining())
            + typesetDirs.stream()
                .map(d -> " --typeset " + d)
                .collect(java.util.stream.Collectors.joining())
            + (typesetDirs.isEmpty() ? "" : " --typeset-weight " + typesetWeight)
            + " --gold-weight "
            + goldWeight
            + "\ncorpus: 人民日报 crawl, training months of corpus/splits.txt, "
            + composed
            + " composed pages in four forms"
            + (gold.isEmpty() ? "" : "\nand " + gold.size() + " gold pages × " + goldWeight)
            + (typeset.isEmpty()
                ? ""
                : "\nand " + typeset.size() + " typeset pages × " + typesetWeight);
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    Files.writeString(out, LabellerModel.write(labeller, provenance));
    stdout.println("model written to " + out);

    List<CrawlArticle> devArticles = reader.read(corpus, Split.DEV, stderr::println);
    List<LabelledPage> dev = labelled(devArticles, composer, lines, "dev", seed, stderr);
    report(labeller, features, dev, stdout);
    return 0;
  }

  /** The articles laid out once in every form, as labelled lines. */
  private List<LabelledPage> labelled(
      List<CrawlArticle> articles,
      CorpusPages composer,
      CorpusLines lines,
      String split,
      long pageSeed,
      PrintWriter err) {
    List<LabelledPage> out = new ArrayList<>();
    int skipped = 0;
    for (PageForm form : PageForm.values()) {
      for (ComposedPage page : composer.compose(articles, List.of(form), pages, pageSeed)) {
        var labelled = lines.of(page);
        if (labelled.isPresent()) {
          out.add(labelled.get());
        } else {
          skipped++;
        }
      }
    }
    if (skipped > 0) {
      err.println(
          skipped + " " + split + " pages left out: their lines did not survive normalising");
    }
    return out;
  }

  /** The pages of the gold folders with each line's role read from the gold. */
  private static List<LabelledPage> goldPages(List<Path> dirs, ParserCues cues, PrintWriter err)
      throws IOException {
    PageJson json = new PageJson();
    TextDecoder decoder = new TextDecoder();
    TextNormalizer normalizer = new TextNormalizer();
    JumpParser jumps = new JumpParser(cues);
    GoldLineRoles roles = new GoldLineRoles(jumps);
    List<LabelledPage> out = new ArrayList<>();
    for (Path dir : dirs) {
      for (GoldPage page : new GoldDirectory(json.mapper()).read(dir)) {
        try {
          String text = decoder.decode(Files.readAllBytes(page.text()), page.text().toString());
          GoldLineRoles.Alignment a =
              roles.align(
                  jumps.joinSplitMarks(normalizer.lines(text)),
                  json.mapper().treeToValue(page.gold(), Page.class));
          if (a.unplaced() > 0) {
            err.println(page.name() + ": " + a.unplaced() + " lines found no place in the gold");
          }
          out.add(a.page());
        } catch (PageInputException e) {
          err.println(e.getMessage());
        }
      }
    }
    return out;
  }

  /** Line accuracy and each role's precision, recall and F1 on {@code pages}. */
  private static void report(
      LineLabeller labeller, LineFeatures features, List<LabelledPage> pages, PrintWriter out) {
    if (pages.isEmpty()) {
      out.println("dev: no pages to score on");
      return;
    }
    int k = LineRole.values().length;
    int[] tp = new int[k];
    int[] predicted = new int[k];
    int[] expected = new int[k];
    int right = 0;
    int total = 0;
    for (LabelledPage page : pages) {
      LineRole[] guess = labeller.label(features.of(page.lines()));
      for (int i = 0; i < guess.length; i++) {
        LineRole truth = page.roles().get(i);
        expected[truth.ordinal()]++;
        predicted[guess[i].ordinal()]++;
        if (truth == guess[i]) {
          tp[truth.ordinal()]++;
          right++;
        }
        total++;
      }
    }
    out.printf(
        Locale.ROOT,
        "dev: %d pages, %d lines, accuracy %.4f%n",
        pages.size(),
        total,
        (double) right / total);
    out.printf(Locale.ROOT, "%-16s %7s %7s %7s %7s%n", "role", "lines", "P", "R", "F1");
    for (LineRole role : LineRole.values()) {
      int r = role.ordinal();
      double p = predicted[r] == 0 ? 0 : (double) tp[r] / predicted[r];
      double rec = expected[r] == 0 ? 0 : (double) tp[r] / expected[r];
      double f1 = p + rec == 0 ? 0 : 2 * p * rec / (p + rec);
      out.printf(Locale.ROOT, "%-16s %7d %7.3f %7.3f %7.3f%n", role, expected[r], p, rec, f1);
    }
  }
}
