package baoku.page;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * One article as printed on one page.
 *
 * @param kicker the 引题 above the title, or {@code null}
 * @param title the 主题; where the page prints none, a title derived from the text (see {@code
 *     titleSource}); {@code null} only for an article with no text at all
 * @param subtitle the 副题 below the title, or {@code null}
 * @param column the 栏目 banner the article runs under, or {@code null}
 * @param authors reporters and writers as named in the byline (记者 付小惠 → 付小惠)
 * @param dateline the dateline that opens the text (本报讯, 新华社北京7月22日电), or {@code null}
 * @param genre {@code news}, {@code commentary}, {@code review}, {@code photo}
 * @param paragraphs the body in reading order, subheads kept in place as their own paragraph
 * @param subheads the subheads, also present in {@code paragraphs}
 * @param images the photos printed with the article
 * @param continuedOn the page the article jumps to (下转第2版), or {@code null}
 * @param continuedFrom the page the article continues from (上接第1版), or {@code null}
 * @param titleSource {@link TitleSource#PRINTED} or {@link TitleSource#DERIVED}
 * @param regions where the article is printed, one rectangle per column block, headline and photo
 *     (page coordinates, see {@link Region}); empty where the page came as text
 * @param mentions people, places and organisations named in {@link #text()}, by offset
 * @param dates dates and periods named in {@link #text()}, resolved against the issue date
 */
public record Article(
    String kicker,
    String title,
    String subtitle,
    String column,
    List<String> authors,
    String dateline,
    String genre,
    List<String> paragraphs,
    List<String> subheads,
    List<Image> images,
    Integer continuedOn,
    Integer continuedFrom,
    TitleSource titleSource,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Region> regions,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Mention> mentions,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<DateMention> dates) {

  public Article {
    authors = authors == null ? List.of() : List.copyOf(authors);
    paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    subheads = subheads == null ? List.of() : List.copyOf(subheads);
    images = images == null ? List.of() : List.copyOf(images);
    regions = regions == null ? List.of() : List.copyOf(regions);
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
    dates = dates == null ? List.of() : List.copyOf(dates);
  }

  /** An article as a parser builds it: what it names is found later, by enrichment. */
  public Article(
      String kicker,
      String title,
      String subtitle,
      String column,
      List<String> authors,
      String dateline,
      String genre,
      List<String> paragraphs,
      List<String> subheads,
      List<Image> images,
      Integer continuedOn,
      Integer continuedFrom,
      TitleSource titleSource,
      List<Region> regions) {
    this(
        kicker,
        title,
        subtitle,
        column,
        authors,
        dateline,
        genre,
        paragraphs,
        subheads,
        images,
        continuedOn,
        continuedFrom,
        titleSource,
        regions,
        List.of(),
        List.of());
  }

  /** An article without regions, as a text page yields it. */
  public Article(
      String kicker,
      String title,
      String subtitle,
      String column,
      List<String> authors,
      String dateline,
      String genre,
      List<String> paragraphs,
      List<String> subheads,
      List<Image> images,
      Integer continuedOn,
      Integer continuedFrom,
      TitleSource titleSource) {
    this(
        kicker,
        title,
        subtitle,
        column,
        authors,
        dateline,
        genre,
        paragraphs,
        subheads,
        images,
        continuedOn,
        continuedFrom,
        titleSource,
        List.of());
  }

  public Article withRegions(List<Region> value) {
    return new Article(
        kicker,
        title,
        subtitle,
        column,
        authors,
        dateline,
        genre,
        paragraphs,
        subheads,
        images,
        continuedOn,
        continuedFrom,
        titleSource,
        value,
        mentions,
        dates);
  }

  /** This article with what enrichment found in its text. */
  public Article withMentions(List<Mention> entities, List<DateMention> dateMentions) {
    return new Article(
        kicker,
        title,
        subtitle,
        column,
        authors,
        dateline,
        genre,
        paragraphs,
        subheads,
        images,
        continuedOn,
        continuedFrom,
        titleSource,
        regions,
        entities,
        dateMentions);
  }

  /** The printed headline parts joined, as a reader sees them. */
  public String headline() {
    return String.join(" ", headlineParts());
  }

  /** Kicker, title and subtitle, those printed, in that order. */
  public List<String> headlineParts() {
    List<String> parts = new ArrayList<>(3);
    for (String part : new String[] {kicker, title, subtitle}) {
      if (part != null && !part.isEmpty()) {
        parts.add(part);
      }
    }
    return parts;
  }

  /** The body as one text, paragraphs separated by newlines. */
  public String text() {
    return String.join("\n", paragraphs);
  }
}
