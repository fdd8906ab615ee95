package baoku.cli;

import baoku.enrich.EnrichCues;
import baoku.enrich.HanLpTagger;
import baoku.enrich.names.NameCorpora;
import baoku.enrich.names.NameFeatures;
import baoku.enrich.names.NameModel;
import baoku.enrich.names.NameModelFile;
import baoku.enrich.names.NameSpan;
import baoku.enrich.names.NameTrainer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code baoku train-names}: learns the person-name model from public annotated corpora. */
@Command(
    name = "train-names",
    mixinStandardHelpOptions = true,
    description = {
      "Learn the person-name model from annotated corpora (person names only), and score it on"
          + " --dev sets.",
      "Writes the model to --out (the shipped one is"
          + " core/src/main/resources/baoku/enrich/person-model.txt)."
    })
final class TrainNamesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "FILE")
  Path out;

  @Option(
      names = "--bio",
      paramLabel = "FILE",
      description = "A BIO file (a character and its tag a line); may be repeated.")
  List<Path> bio = List.of();

  @Option(
      names = "--paired",
      paramLabel = "SENTENCES,TAGS",
      split = ";",
      description = "Space-separated characters a line beside their tags a line; may be repeated.")
  List<String> paired = List.of();

  @Option(
      names = "--cluener",
      paramLabel = "FILE",
      description = "CLUENER 2020 JSON (its name spans); may be repeated.")
  List<Path> cluener = List.of();

  @Option(
      names = "--dev",
      paramLabel = "FILE",
      description = "BIO files to score the model on (person names, exact span).")
  List<Path> dev = List.of();

  @Option(names = "--epochs", defaultValue = "8")
  int epochs;

  @Option(names = "--min-count", defaultValue = "2")
  int minCount;

  @Option(names = "--seed", defaultValue = "17")
  long seed;

  @Override
  public Integer call() throws IOException {
    PrintWriter log = spec.commandLine().getOut();
    List<NameTrainer.Example> examples = new ArrayList<>();
    for (Path file : bio) {
      examples.addAll(NameCorpora.bio(file));
    }
    for (String pair : paired) {
      String[] files = pair.split(",");
      examples.addAll(NameCorpora.paired(Path.of(files[0]), Path.of(files[1])));
    }
    for (Path file : cluener) {
      examples.addAll(NameCorpora.cluener(file));
    }
    long names = examples.stream().mapToLong(e -> e.names().size()).sum();
    log.printf(Locale.ROOT, "%d texts, %d names%n", examples.size(), names);
    HanLpTagger tagger = new HanLpTagger();
    NameFeatures features = new NameFeatures(EnrichCues.standard().surnames());
    long started = System.nanoTime();
    NameTrainer.Trained trained =
        new NameTrainer(tagger, features, epochs, minCount, seed).train(examples);
    log.printf(
        Locale.ROOT,
        "trained in %.0f s, %d features%n",
        (System.nanoTime() - started) / 1e9,
        trained.descriptions().size());
    Files.writeString(out, NameModelFile.write(trained, provenance()), StandardCharsets.UTF_8);
    for (Path file : dev) {
      log.println(file + ": " + score(trained.model(), tagger, NameCorpora.bio(file)));
    }
    return 0;
  }

  private String provenance() {
    List<String> args = new ArrayList<>(List.of("baoku train-names"));
    bio.forEach(f -> args.add("--bio " + shortPath(f)));
    paired.forEach(
        p -> {
          String[] files = p.split(",");
          args.add("--paired " + shortPath(Path.of(files[0])) + "," + shortPath(Path.of(files[1])));
        });
    cluener.forEach(f -> args.add("--cluener " + shortPath(f)));
    args.add("--epochs " + epochs + " --min-count " + minCount + " --seed " + seed);
    return "made by: " + String.join(" ", args) + "\nsee docs/evaluation.md, person names";
  }

  /** The last three parts of a path: where in its repository the file lies, not on this machine. */
  private static String shortPath(Path file) {
    int parts = file.getNameCount();
    return file.subpath(Math.max(0, parts - 3), parts).toString();
  }

  private static String score(NameModel model, HanLpTagger tagger, List<NameTrainer.Example> set) {
    int gold = 0;
    int found = 0;
    int right = 0;
    for (NameTrainer.Example example : set) {
      Set<NameSpan> truth = new HashSet<>(example.names());
      List<NameSpan> guess = model.find(example.text(), tagger.tag(example.text()));
      gold += truth.size();
      found += guess.size();
      right += (int) guess.stream().filter(truth::contains).count();
    }
    double p = found == 0 ? 0 : (double) right / found;
    double r = gold == 0 ? 0 : (double) right / gold;
    return String.format(
        Locale.ROOT,
        "P %.3f R %.3f F1 %.3f (gold %d)",
        p,
        r,
        p + r == 0 ? 0 : 2 * p * r / (p + r),
        gold);
  }
}
