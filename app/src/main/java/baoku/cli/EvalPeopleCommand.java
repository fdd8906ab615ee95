package baoku.cli;

import baoku.corpus.CorpusSplits;
import baoku.corpus.CrawlArticle;
import baoku.corpus.CrawlReader;
import baoku.corpus.Split;
import baoku.enrich.Enricher;
import baoku.enrich.HanLpTagger;
import baoku.eval.PeopleScore;
import baoku.page.Page;
import baoku.page.PageJson;
import baoku.page.Person;
import baoku.parse.PageHints;
import baoku.parse.PageParser;
import baoku.resource.ResourceLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code baoku eval-people CORPUS_DIR ANNOTATIONS}: the people of annotated corpus articles, each
 * printed whole as a page of its own, parsed, enriched and scored as {@code score-people} scores
 * them.
 */
@Command(
    name = "eval-people",
    mixinStandardHelpOptions = true,
    description = {
      "Score the people found on pages of annotated articles of the corpus: each article of the"
          + " split is printed whole as an e-paper page, parsed and enriched, and its people (names, name-title"
          + " pairs, roles) compared with the annotation's.",
      "ANNOTATIONS is JSON: {\"articles\": {\"MONTH_DIR/DAY/FILE.txt\": [{name, role, titles}]}},"
          + " e.g. docs/people/modern-set.json."
    })
final class EvalPeopleCommand implements Callable<Integer> {
  private static final String PAPER = "人民日报";

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CORPUS_DIR")
  Path corpus;

  @Parameters(index = "1", paramLabel = "ANNOTATIONS")
  Path annotations;

  @Option(names = "--split", defaultValue = "dev", description = "dev or test.")
  String split;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Also write each page (NAME.txt), what was found (NAME.json) and the gold"
              + " (people.gold.json), for score-people.")
  Path out;

  @Option(names = "--listed", defaultValue = "60", description = "Misses and extras listed.")
  int listed;

  @Override
  public Integer call() throws IOException {
    PrintWriter log = spec.commandLine().getOut();
    ObjectMapper json = new ObjectMapper();
    JsonNode annotated = json.readTree(annotations.toFile()).path("articles");
    Map<String, List<Person>> gold = new LinkedHashMap<>();
    Map<String, String> pathOfFile = new LinkedHashMap<>();
    annotated
        .properties()
        .forEach(
            e -> {
              String file = Path.of(e.getKey()).getFileName().toString();
              pathOfFile.put(file, e.getKey());
              List<Person> people = new ArrayList<>();
              for (JsonNode p : e.getValue()) {
                List<String> titles = new ArrayList<>();
                p.path("titles").forEach(t -> titles.add(t.asText()));
                people.add(new Person(p.path("name").asText(), p.path("role").asText(), titles));
              }
              gold.put(file, people);
            });
    ResourceLoader loader = new ResourceLoader();
    Split wanted = Split.valueOf(split.toUpperCase(java.util.Locale.ROOT));
    List<CrawlArticle> articles = new ArrayList<>();
    for (CrawlArticle article :
        new CrawlReader(new CorpusSplits(loader)).read(corpus, wanted, rejected -> {})) {
      if (gold.containsKey(article.source())) {
        articles.add(article);
      }
    }
    PageParser parser = new PageParser();
    Enricher enricher = new Enricher(new HanLpTagger());
    PeopleScore score = new PeopleScore();
    PageJson pages = new PageJson();
    ObjectNode goldOut = json.createObjectNode();
    ObjectNode goldPages = goldOut.putObject("pages");
    if (out != null) {
      Files.createDirectories(out);
    }
    for (int i = 0; i < articles.size(); i++) {
      CrawlArticle article = articles.get(i);
      String name = article.source().replace(".txt", "");
      String text = printed(article);
      Page page =
          enricher.enrich(
              parser.parse(text, name, new PageHints(PAPER, article.date(), article.page())));
      List<Person> expected = gold.get(article.source());
      score.add(name, expected, page.people());
      if (out != null) {
        Files.writeString(out.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
        Files.writeString(out.resolve(name + ".json"), pages.write(page), StandardCharsets.UTF_8);
        goldPages.set(name, json.valueToTree(expected));
      }
    }
    if (out != null) {
      json.writerWithDefaultPrettyPrinter()
          .writeValue(out.resolve("people.gold.json").toFile(), goldOut);
    }
    log.printf(
        java.util.Locale.ROOT, "%d annotated articles of the %s split%n", articles.size(), split);
    log.print(score.report(listed));
    log.flush();
    return 0;
  }

  /**
   * The article whole, as an e-paper page prints one: kicker, title and subtitle on lines of their
   * own, then the paragraphs indented. (The corpus pages of {@code baoku corpus pages} cut some
   * articles short at a jump, which would drop people the annotation lists.)
   */
  static String printed(CrawlArticle article) {
    StringBuilder out = new StringBuilder();
    for (String line : List.of(article.kicker(), article.title(), article.subtitle())) {
      if (!line.isBlank()) {
        out.append(line).append('\n');
      }
    }
    out.append('\n');
    for (String paragraph : article.paragraphs()) {
      out.append("\u3000\u3000").append(paragraph).append('\n');
    }
    return out.toString();
  }
}
