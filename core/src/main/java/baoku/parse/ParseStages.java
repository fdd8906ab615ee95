package baoku.parse;

import static baoku.parse.ParseKeys.ARTICLES;
import static baoku.parse.ParseKeys.ASSEMBLY;
import static baoku.parse.ParseKeys.HINTS;
import static baoku.parse.ParseKeys.LINES;
import static baoku.parse.ParseKeys.MASTHEAD;
import static baoku.parse.ParseKeys.PAGE;
import static baoku.parse.ParseKeys.ROLES;
import static baoku.parse.ParseKeys.SOURCE;
import static baoku.parse.ParseKeys.TEXT;
import static baoku.parse.ParseKeys.ZONES;

import baoku.page.Article;
import baoku.page.Issue;
import baoku.page.OtherBlock;
import baoku.page.Page;
import baoku.parse.assemble.ArticleAssembler;
import baoku.parse.assemble.ArticleBuilder;
import baoku.parse.assemble.ArticleParts;
import baoku.parse.assemble.Assembly;
import baoku.parse.label.LabelledAssembler;
import baoku.parse.label.LineFeatures;
import baoku.parse.label.LineLabeller;
import baoku.parse.layout.Segmentation;
import baoku.parse.layout.ZoneSegmenter;
import baoku.parse.text.TextNormalizer;
import baoku.parse.zone.JumpParser;
import baoku.parse.zone.Masthead;
import baoku.parse.zone.MastheadParser;
import baoku.pipeline.Document;
import baoku.pipeline.Key;
import baoku.pipeline.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** The page parser's stages, each a named step over the document. */
final class ParseStages {
  private ParseStages() {}

  /** A stage from its declared inputs and outputs and what it does. */
  static Stage stage(
      String name, Set<Key<?>> requires, Set<Key<?>> produces, Consumer<Document> f) {
    return new Stage() {
      @Override
      public Set<Key<?>> requires() {
        return requires;
      }

      @Override
      public Set<Key<?>> produces() {
        return produces;
      }

      @Override
      public void apply(Document document) {
        f.accept(document);
      }

      @Override
      public String name() {
        return name;
      }
    };
  }

  static Stage lines(TextNormalizer normalizer, JumpParser jumps) {
    return stage(
        "lines",
        Set.of(TEXT),
        Set.of(LINES),
        d -> d.put(LINES, jumps.joinSplitMarks(normalizer.lines(d.get(TEXT)))));
  }

  static Stage zones(ZoneSegmenter segmenter) {
    return stage(
        "zones", Set.of(LINES), Set.of(ZONES), d -> d.put(ZONES, segmenter.segment(d.get(LINES))));
  }

  static Stage masthead(MastheadParser parser) {
    return stage(
        "masthead",
        Set.of(ZONES),
        Set.of(MASTHEAD),
        d -> {
          List<String> lines = d.get(ZONES).masthead();
          d.put(
              MASTHEAD,
              lines.isEmpty() ? new Masthead(null, Issue.empty(), null) : parser.parse(lines));
        });
  }

  static Stage assembly(ArticleAssembler assembler) {
    return stage(
        "assembly",
        Set.of(ZONES),
        Set.of(ASSEMBLY),
        d -> d.put(ASSEMBLY, assembler.assemble(d.get(ZONES))));
  }

  static Stage articles(ArticleBuilder builder) {
    return stage(
        "articles",
        Set.of(ZONES, ASSEMBLY),
        Set.of(ARTICLES),
        d -> {
          Segmentation zones = d.get(ZONES);
          List<Article> out = new ArrayList<>();
          for (ArticleParts parts : d.get(ASSEMBLY).articles()) {
            out.add(builder.build(parts, zones.layout(), zones.columns()));
          }
          d.put(ARTICLES, out);
        });
  }

  static Stage labels(LineFeatures features, LineLabeller labeller) {
    return stage(
        "labels",
        Set.of(LINES),
        Set.of(ROLES),
        d -> d.put(ROLES, labeller.label(features.of(d.get(LINES)))));
  }

  /** Articles and the masthead from the labelled lines; what the masthead prints wins. */
  static Stage labelledPage(LabelledAssembler assembler, MastheadParser mastheads) {
    return stage(
        "labelled page",
        Set.of(SOURCE, HINTS, LINES, ROLES),
        Set.of(PAGE),
        d -> {
          LabelledAssembler.Assembled page = assembler.assemble(d.get(LINES), d.get(ROLES));
          Masthead masthead =
              page.masthead().isEmpty()
                  ? new Masthead(null, Issue.empty(), null)
                  : mastheads.parse(page.masthead());
          d.put(PAGE, page(d.get(SOURCE), d.get(HINTS), masthead, page.others(), page.articles()));
        });
  }

  /** What the masthead prints wins; the caller's hints fill what it does not. */
  static Stage page() {
    return stage(
        "page",
        Set.of(SOURCE, HINTS, MASTHEAD, ASSEMBLY, ARTICLES),
        Set.of(PAGE),
        d -> {
          Assembly assembly = d.get(ASSEMBLY);
          d.put(
              PAGE,
              page(
                  d.get(SOURCE),
                  d.get(HINTS),
                  d.get(MASTHEAD),
                  assembly.others(),
                  d.get(ARTICLES)));
        });
  }

  private static Page page(
      String source,
      PageHints hints,
      Masthead masthead,
      List<OtherBlock> others,
      List<Article> articles) {
    Issue hinted = Issue.empty().withPaper(hints.paper()).withDate(hints.date());
    Issue issue = masthead.issue().orElse(hinted);
    Integer number = masthead.page() != null ? masthead.page() : hints.page();
    return new Page(source, issue, number, masthead.text(), others, articles, List.of());
  }
}
