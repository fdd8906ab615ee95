package baoku.parse;

import baoku.page.Page;
import baoku.parse.assemble.ArticleAssembler;
import baoku.parse.assemble.ArticleBuilder;
import baoku.parse.assemble.TitleDeriver;
import baoku.parse.label.LabelledAssembler;
import baoku.parse.label.LabellerModel;
import baoku.parse.label.LineCues;
import baoku.parse.label.LineFeatures;
import baoku.parse.label.LineLabeller;
import baoku.parse.layout.LineClassifier;
import baoku.parse.layout.ZoneSegmenter;
import baoku.parse.text.TextNormalizer;
import baoku.parse.zone.BodyParser;
import baoku.parse.zone.BylineParser;
import baoku.parse.zone.CaptionParser;
import baoku.parse.zone.HeadlineParser;
import baoku.parse.zone.JumpParser;
import baoku.parse.zone.MastheadParser;
import baoku.pipeline.Document;
import baoku.pipeline.Pipeline;
import baoku.resource.ResourceLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Reads the raw text of one printed page (e-paper text or PDF-extracted columns) and recovers its
 * structure: the issue from the masthead, the articles with their headlines, bylines, paragraphs,
 * captions and jumps, and the blocks that belong to no article. Thread-safe; build one and share
 * it.
 */
public final class PageParser {
  private final TextDecoder decoder = new TextDecoder();
  private final Pipeline pipeline;

  /**
   * The rule-based parser that came before the labeller: hand-written line kinds, a zone state
   * machine and an article assembler. Kept to compare against ({@code baoku eval --parser rules}).
   */
  public static PageParser rules(ParserCues cues) {
    return new PageParser(cues);
  }

  private PageParser(ParserCues cues) {
    JumpParser jumps = new JumpParser(cues);
    BylineParser bylines = new BylineParser(cues);
    CaptionParser captions = new CaptionParser(cues);
    MastheadParser mastheads = new MastheadParser(cues);
    ZoneSegmenter segmenter =
        new ZoneSegmenter(
            new LineClassifier(jumps, bylines, captions, cues.editorLines()), mastheads, captions);
    ArticleBuilder builder =
        new ArticleBuilder(
            cues, new HeadlineParser(cues), bylines, new BodyParser(), new TitleDeriver());
    this.pipeline =
        Pipeline.of(
            "page parser",
            Set.of(ParseKeys.SOURCE, ParseKeys.TEXT, ParseKeys.HINTS),
            List.of(
                ParseStages.lines(new TextNormalizer(), jumps),
                ParseStages.zones(segmenter),
                ParseStages.masthead(mastheads),
                ParseStages.assembly(new ArticleAssembler(cues, bylines)),
                ParseStages.articles(builder),
                ParseStages.page()));
  }

  /** A parser whose lines are labelled by {@code labeller}, and articles built from the labels. */
  public PageParser(ParserCues cues, LineLabeller labeller) {
    JumpParser jumps = new JumpParser(cues);
    BylineParser bylines = new BylineParser(cues);
    CaptionParser captions = new CaptionParser(cues);
    ArticleBuilder builder =
        new ArticleBuilder(
            cues, new HeadlineParser(cues), bylines, new BodyParser(), new TitleDeriver());
    this.pipeline =
        Pipeline.of(
            "labelled page parser",
            Set.of(ParseKeys.SOURCE, ParseKeys.TEXT, ParseKeys.HINTS),
            List.of(
                ParseStages.lines(new TextNormalizer(), jumps),
                ParseStages.labels(new LineFeatures(LineCues.of(cues)), labeller),
                ParseStages.labelledPage(
                    new LabelledAssembler(builder, captions, jumps), new MastheadParser(cues))));
  }

  /** A parser with the cues and the line labeller shipped with Baoku. */
  public PageParser() {
    this(ParserCues.standard(), LabellerModel.standard(new ResourceLoader()));
  }

  /** Decodes {@code bytes} and parses them; {@code source} names the file in errors. */
  public Page parse(byte[] bytes, String source, PageHints hints) throws PageInputException {
    return parse(decoder.decode(bytes, source), source, hints);
  }

  /** Parses text already decoded. Never throws on odd text: the worst outcome is an empty page. */
  public Page parse(String text, String source, PageHints hints) {
    Document document =
        new Document()
            .put(ParseKeys.SOURCE, displayName(source))
            .put(ParseKeys.TEXT, text)
            .put(ParseKeys.HINTS, hints);
    pipeline.apply(document);
    return document.get(ParseKeys.PAGE);
  }

  /** The stages this parser runs, in order. */
  public Pipeline pipeline() {
    return pipeline;
  }

  /** Pages name their source by file name, as the gold pages do. */
  private static String displayName(String source) {
    if (source == null) {
      return null;
    }
    Path name = Path.of(source).getFileName();
    return name == null ? source : name.toString();
  }
}
