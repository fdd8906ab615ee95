package baoku.parse.pdf;

import baoku.page.Article;
import baoku.page.Issue;
import baoku.page.OtherBlock;
import baoku.page.Page;
import baoku.page.PageSize;
import baoku.page.Region;
import baoku.parse.PageHints;
import baoku.parse.ParserCues;
import baoku.parse.assemble.ArticleBuilder;
import baoku.parse.zone.Headline;
import baoku.parse.zone.Masthead;
import baoku.parse.zone.MastheadParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Recovers a page's structure from what a PDF page prints: lines from glyph positions, blocks from
 * columns and type, reading order from the layout, roles from type and neighbours, articles from
 * the blocks in reading order. What text alone tells (bylines, datelines, jumps, masthead fields)
 * is read by the text parser's zone parsers.
 */
final class PdfPageParser {
  /** A rule heading the page spans at least this share of its width… */
  private static final double RUNNING_HEAD_RULE = 0.6;

  /** …and stands within this share of its height from the top… */
  private static final double RUNNING_HEAD_DEPTH = 0.1;

  /** …or within this many ems of body type, on a page cut short. */
  private static final double RUNNING_HEAD_EMS = 4;

  private final LineBuilder lineBuilder = new LineBuilder();
  private final BlockBuilder blockBuilder = new BlockBuilder();
  private final ReadingOrder readingOrder = new ReadingOrder();
  private final RegionMerger regions = new RegionMerger();
  private final HeadlineCompanions companions = new HeadlineCompanions();
  private final PhotoNews photoNews = new PhotoNews();
  private final ParserCues cues;
  private final MastheadParser mastheads;
  private final RoleClassifier classifier;
  private final ArticleCollector collector;
  private final PdfHeadlineReader headlines;
  private final ParagraphBuilder paragraphs;
  private final ArticleBuilder articles;

  PdfPageParser(
      ParserCues cues,
      MastheadParser mastheads,
      RoleClassifier classifier,
      ArticleCollector collector,
      PdfHeadlineReader headlines,
      ParagraphBuilder paragraphs,
      ArticleBuilder articles) {
    this.cues = cues;
    this.mastheads = mastheads;
    this.classifier = classifier;
    this.collector = collector;
    this.headlines = headlines;
    this.paragraphs = paragraphs;
    this.articles = articles;
  }

  /**
   * Parses one page.
   *
   * @param number the page's number where it prints none, or null
   */
  Page parse(PageContent content, String source, PageHints hints, Integer number) {
    List<TextLine> lines = lineBuilder.lines(content.glyphs(), content.drawings());
    TypeScale scale = TypeScale.of(lines);
    List<TextBlock> blocks = blockBuilder.blocks(lines, content.drawings(), scale);
    List<Drawing> boxes =
        content.drawings().stream().filter(d -> d.kind() == Drawing.Kind.BOX).toList();
    List<Drawing> figures =
        content.drawings().stream()
            .filter(d -> d.kind() == Drawing.Kind.IMAGE || d.kind() == Drawing.Kind.BOX)
            .filter(d -> !holdsText(d, blocks))
            .toList();
    List<Placed> placed = new ArrayList<>(blocks);
    placed.addAll(figures);
    List<Placed> ordered = new ArrayList<>(readingOrder.order(placed));

    List<TextBlock> runningHead =
        runningHead(blocks, content.drawings(), content.size(), scale.size());
    ordered.removeAll(runningHead);
    int start = mastheadEnd(ordered);
    List<String> mastheadLines = new ArrayList<>();
    runningHead.forEach(b -> b.lines().forEach(l -> mastheadLines.add(l.text())));
    for (Placed p : ordered.subList(0, start)) {
      if (p instanceof TextBlock b) {
        b.lines().forEach(l -> mastheadLines.add(l.text()));
      }
    }
    Masthead masthead =
        mastheadLines.isEmpty()
            ? new Masthead(null, Issue.empty(), null)
            : mastheads.parse(mastheadLines);

    List<ArticleCollector.Item> items = new ArrayList<>();
    double measure = columnMeasure(lines, scale);
    List<String> editors = new ArrayList<>();
    for (Placed p : ordered.subList(start, ordered.size())) {
      Role role = p instanceof TextBlock b ? classifier.classify(b, figures, boxes) : null;
      if (role == Role.BODY && creditsEditors((TextBlock) p)) {
        editors.add(((TextBlock) p).text(" "));
        continue;
      }
      items.add(new ArticleCollector.Item(p, role));
    }
    List<Article> out = new ArrayList<>();
    List<OtherBlock> others = new ArrayList<>();
    for (ArticleDraft draft :
        collector.collect(photoNews.read(companions.attach(items, measure)))) {
      if (draft.hasBody()) {
        out.add(article(draft, boxes, scale));
      } else if (!draft.headline.isEmpty()) {
        others.add(otherBlock(draft));
      } else if (!out.isEmpty() && !draft.images.isEmpty()) {
        Article last = out.remove(out.size() - 1);
        out.add(withImages(last, draft));
      }
    }
    if (!editors.isEmpty()) {
      others.add(new OtherBlock("credits", String.join(" ", editors)));
    }
    Issue hinted = Issue.empty().withPaper(hints.paper()).withDate(hints.date());
    return new Page(
        source,
        masthead.issue().orElse(hinted),
        masthead.page() != null ? masthead.page() : number,
        masthead.text(),
        others,
        out,
        List.of(),
        content.size());
  }

  private Article article(ArticleDraft draft, List<Drawing> boxes, TypeScale scale) {
    Headline headline =
        draft.headline.isEmpty()
            ? new Headline(null, null, null, null)
            : headlines.read(draft.headline, boxes);
    ParagraphBuilder.Result body = paragraphs.build(draft.body);
    Integer on = draft.continuedOn != null ? draft.continuedOn : body.continuedOn();
    Integer from = draft.continuedFrom != null ? draft.continuedFrom : body.continuedFrom();
    return articles
        .build(headline, draft.byline, body.body(), draft.images, on, from)
        .withRegions(regions.merge(draft.boxes, scale.size()));
  }

  /** Headlines that head no text: a banner, or an advertisement when it reads like one. */
  private OtherBlock otherBlock(ArticleDraft draft) {
    String text = String.join(" ", draft.headline.stream().map(b -> b.text(" ")).toList());
    boolean advert = cues.advertCues().stream().anyMatch(text::contains);
    return new OtherBlock(advert ? "advertisement" : "banner", text);
  }

  private static Article withImages(Article article, ArticleDraft draft) {
    List<baoku.page.Image> images = new ArrayList<>(article.images());
    images.addAll(draft.images);
    List<Region> outline = new ArrayList<>(article.regions());
    outline.addAll(draft.boxes);
    return new Article(
        article.kicker(),
        article.title(),
        article.subtitle(),
        article.column(),
        article.authors(),
        article.dateline(),
        article.genre(),
        article.paragraphs(),
        article.subheads(),
        images,
        article.continuedOn(),
        article.continuedFrom(),
        article.titleSource(),
        outline);
  }

  /**
   * The running head (报眉) of an inner page: what stands above the rule across the head of the page,
   * in type no larger than the text's — date, page, section and paper in a line of pieces.
   */
  private static List<TextBlock> runningHead(
      List<TextBlock> blocks, List<Drawing> drawings, PageSize size, double bodySize) {
    double rule = Double.MAX_VALUE;
    double depth = Math.max(RUNNING_HEAD_DEPTH * size.height(), RUNNING_HEAD_EMS * bodySize);
    for (Drawing d : drawings) {
      Region r = d.box();
      if (d.kind() == Drawing.Kind.HORIZONTAL_RULE
          && r.w() >= RUNNING_HEAD_RULE * size.width()
          && r.y() <= depth) {
        rule = Math.min(rule, r.y());
      }
    }
    List<TextBlock> above = new ArrayList<>();
    for (TextBlock b : blocks) {
      if (b.box().bottom() <= rule + 1) {
        if (b.grade() == TypeScale.Grade.DISPLAY || b.lines().size() > 2) {
          return List.of(); // a masthead or a story above the rule: no running head
        }
        above.add(b);
      }
    }
    return above;
  }

  /**
   * The masthead is the run of blocks that opens the page in reading order and whose every line is
   * a masthead line: two lines at least, or one with a date.
   */
  private int mastheadEnd(List<Placed> ordered) {
    int end = 0;
    int lines = 0;
    while (end < ordered.size()
        && ordered.get(end) instanceof TextBlock b
        && b.lines().stream().allMatch(l -> mastheads.isMastheadLine(l.text()))) {
      lines += b.lines().size();
      end++;
    }
    if (lines == 1) {
      TextBlock only = (TextBlock) ordered.get(0);
      if (mastheads.parse(List.of(only.first().text())).issue().date() == null) {
        return 0;
      }
    }
    return end;
  }

  /**
   * The width most body lines are set to: one column's measure, or 0 on a page with no body text.
   */
  private static double columnMeasure(List<TextLine> lines, TypeScale scale) {
    double[] widths =
        lines.stream()
            .filter(l -> scale.grade(l) == TypeScale.Grade.BODY)
            .mapToDouble(TextLine::width)
            .sorted()
            .toArray();
    return widths.length == 0 ? 0 : widths[widths.length / 2];
  }

  /**
   * A block of its own in small type that credits the page's editors belongs to the page; set in
   * the text's own type at the end of an article, the credit is printed as part of it.
   */
  private boolean creditsEditors(TextBlock block) {
    return block.grade() == TypeScale.Grade.SMALL
        && block.lines().stream()
            .allMatch(l -> cues.editorLines().stream().anyMatch(p -> p.matcher(l.text()).find()));
  }

  /** A box with text printed on it frames that text; it is no photo. */
  private static boolean holdsText(Drawing box, List<TextBlock> blocks) {
    Region r = box.box();
    for (TextBlock b : blocks) {
      Region t = b.box();
      if (t.x() >= r.x() - 1
          && t.right() <= r.right() + 1
          && t.y() >= r.y() - 2
          && t.bottom() <= r.bottom() + 2) {
        return true;
      }
    }
    return false;
  }
}
