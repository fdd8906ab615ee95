package baoku.parse.assemble;

import baoku.page.Article;
import baoku.page.Image;
import baoku.page.TitleSource;
import baoku.parse.ParserCues;
import baoku.parse.layout.ColumnWidths;
import baoku.parse.layout.Layout;
import baoku.parse.zone.Body;
import baoku.parse.zone.BodyParser;
import baoku.parse.zone.Byline;
import baoku.parse.zone.BylineParser;
import baoku.parse.zone.Headline;
import baoku.parse.zone.HeadlineParser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns an article's zones into an {@link Article}: each zone read by its own parser. */
public final class ArticleBuilder {
  private final ParserCues cues;
  private final HeadlineParser headlines;
  private final BylineParser bylines;
  private final BodyParser bodies;
  private final TitleDeriver titles;

  public ArticleBuilder(
      ParserCues cues,
      HeadlineParser headlines,
      BylineParser bylines,
      BodyParser bodies,
      TitleDeriver titles) {
    this.cues = cues;
    this.headlines = headlines;
    this.bylines = bylines;
    this.bodies = bodies;
    this.titles = titles;
  }

  public Article build(ArticleParts parts, Layout layout, ColumnWidths columns) {
    double column = parts.headLines().isEmpty() ? Double.NaN : columns.at(nearestBodyLine(parts));
    Headline headline =
        parts.headLines().isEmpty()
            ? new Headline(null, null, null, null)
            : headlines.parse(parts.headLines(), column);
    Body body = bodies.parse(parts.pieces(), layout, columns);
    int chars = parts.pieces().stream().mapToInt(p -> p.line().text().length()).sum();
    String byline = parts.byline() == null ? null : parts.byline().text();
    return build(
        headline, byline, body, parts.images(), parts.continuedOn(), parts.continuedFrom(), chars);
  }

  /**
   * An article from zones already read, for callers that know its headline and paragraphs by other
   * means (the geometry of a PDF page): the byline, dateline, title and genre are read as for text.
   *
   * @param byline a byline printed on a line of its own, or null
   */
  public Article build(
      Headline headline,
      String byline,
      Body body,
      List<Image> images,
      Integer continuedOn,
      Integer continuedFrom) {
    int chars = body.paragraphs().stream().mapToInt(String::length).sum();
    return build(headline, byline, body, images, continuedOn, continuedFrom, chars);
  }

  private Article build(
      Headline headline,
      String byline,
      Body body,
      List<Image> images,
      Integer continuedOn,
      Integer continuedFrom,
      int chars) {
    Set<String> authors = new LinkedHashSet<>();
    String dateline = null;
    if (byline != null) {
      bylines.parseLine(byline).ifPresent(b -> authors.addAll(b.authors()));
    }
    if (!body.paragraphs().isEmpty()) {
      Byline opening = bylines.parseOpening(body.paragraphs().get(0)).orElse(null);
      if (opening != null) {
        dateline = opening.dateline();
        authors.addAll(opening.authors());
      }
      if (authors.isEmpty()) {
        bylines
            .parseClosing(body.paragraphs().get(body.paragraphs().size() - 1))
            .ifPresent(b -> authors.addAll(b.authors()));
      }
    }
    String title = headline.title();
    TitleSource source = TitleSource.PRINTED;
    if (title == null && !body.paragraphs().isEmpty()) {
      title = titles.derive(body.paragraphs().get(0));
      source = TitleSource.DERIVED;
    }
    List<String> authorList = new ArrayList<>(authors);
    return new Article(
        headline.kicker(),
        title,
        headline.subtitle(),
        headline.column(),
        authorList,
        dateline,
        genre(headline, authorList, byline, !images.isEmpty(), chars),
        body.paragraphs(),
        body.subheads(),
        images,
        continuedOn,
        continuedFrom,
        source);
  }

  private static int nearestBodyLine(ArticleParts parts) {
    return parts.pieces().isEmpty()
        ? parts.headLines().get(0).line().index()
        : parts.pieces().get(0).line().line().index();
  }

  /** Commentary by its byline (本报评论员), a review by its headline (综述), photo news by its size. */
  private String genre(
      Headline headline, List<String> authors, String bylineText, boolean images, int chars) {
    String byline = bylineText == null ? "" : bylineText;
    String heads = headline.column() + " " + headline.kicker() + " " + headline.title();
    if (cues.commentaryCues().stream()
        .anyMatch(c -> byline.contains(c) || authors.stream().anyMatch(a -> a.contains(c)))) {
      return "commentary";
    }
    if (cues.reviewCues().stream().anyMatch(heads::contains)) {
      return "review";
    }
    if (images && chars < 200) {
      return "photo";
    }
    return "news";
  }
}
