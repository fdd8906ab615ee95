package baoku.parse.label;

import baoku.page.Article;
import baoku.page.Image;
import baoku.page.OtherBlock;
import baoku.parse.assemble.ArticleBuilder;
import baoku.parse.assemble.Bigrams;
import baoku.parse.label.PageUnits.Kind;
import baoku.parse.label.PageUnits.Unit;
import baoku.parse.text.Line;
import baoku.parse.zone.Body;
import baoku.parse.zone.CaptionParser;
import baoku.parse.zone.Headline;
import baoku.parse.zone.Jump;
import baoku.parse.zone.JumpParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a page's articles from its labelled lines: headlines paired with texts ({@link
 * HeadlineOrder}), paragraphs joined from their lines, captions given to the text they were printed
 * in or beside, jump marks read; bylines, datelines and genre are read by {@link ArticleBuilder} as
 * for every source.
 */
public final class LabelledAssembler {
  private final ArticleBuilder builder;
  private final CaptionParser captions;
  private final JumpParser jumps;

  public LabelledAssembler(ArticleBuilder builder, CaptionParser captions, JumpParser jumps) {
    this.builder = builder;
    this.captions = captions;
    this.jumps = jumps;
  }

  /**
   * What a labelled page holds.
   *
   * @param masthead the masthead's lines, or else the running head's
   */
  public record Assembled(List<String> masthead, List<OtherBlock> others, List<Article> articles) {}

  public Assembled assemble(List<Line> lines, LineRole[] roles) {
    PageUnits page = PageUnits.of(lines, roles);
    Map<Unit, Unit> heads = HeadlineOrder.pair(page.units);
    Map<Unit, Unit> headOf = new HashMap<>();
    heads.forEach((head, text) -> headOf.put(text, head));
    Map<Unit, List<Image>> images = new HashMap<>();
    Map<Unit, Unit> bylines = new HashMap<>();
    long ahead = heads.entrySet().stream().filter(e -> e.getKey().at < e.getValue().at).count();
    boolean headFirst = 2 * ahead >= heads.size();
    for (int i = 0; i < page.units.size(); i++) {
      Unit unit = page.units.get(i);
      if (unit.kind == Kind.CAPTION) {
        Optional<Image> image = image(unit);
        if (image.isPresent()) {
          Unit host = unit.host;
          host = host != null ? host : bestMatch(page.units, headOf, image.get());
          host = host != null ? host : nearestText(page.units, i, true);
          images.computeIfAbsent(host, k -> new ArrayList<>()).add(image.get());
        }
      } else if (unit.kind == Kind.BYLINE) {
        Unit text = nearestText(page.units, i, headFirst);
        if (text != null) {
          bylines.putIfAbsent(text, unit);
        }
      }
    }
    List<Article> articles = new ArrayList<>();
    List<OtherBlock> banners = new ArrayList<>();
    Integer pendingFrom = null;
    for (Unit unit : page.units) {
      if (unit.kind == Kind.HEAD && !heads.containsKey(unit)) {
        banners.add(new OtherBlock("banner", join(unit.lines, " "))); // a headline with no text
      } else if (unit.kind == Kind.TEXT) {
        if (!HeadlineOrder.hasText(unit)) {
          pendingFrom = backwardJump(unit);
          continue;
        }
        List<Image> imgs = images.getOrDefault(unit, List.of());
        articles.add(article(headOf.get(unit), unit, bylines.get(unit), imgs, pendingFrom));
        pendingFrom = null;
      }
    }
    List<OtherBlock> others = new ArrayList<>(banners);
    for (List<Line> ad : page.adverts) {
      others.add(new OtherBlock("advertisement", join(ad, " ")));
    }
    if (!page.editors.isEmpty()) {
      others.add(new OtherBlock("credits", join(page.editors, " ")));
    }
    List<Line> masthead = page.masthead.isEmpty() ? page.runningHead : page.masthead;
    return new Assembled(masthead.stream().map(Line::text).toList(), others, articles);
  }

  private Article article(
      Unit head, Unit text, Unit bylineUnit, List<Image> images, Integer continuedFrom) {
    Map<LineRole, List<String>> parts = new LinkedHashMap<>();
    List<String> bylineLines = new ArrayList<>();
    if (head != null) {
      for (int i = 0; i < head.lines.size(); i++) {
        LineRole role = head.roles.get(i);
        String line = head.lines.get(i).text();
        if (role == LineRole.BYLINE) {
          bylineLines.add(line);
        } else {
          parts.computeIfAbsent(role, r -> new ArrayList<>()).add(line);
        }
      }
    }
    if (bylineUnit != null) {
      bylineUnit.lines.forEach(l -> bylineLines.add(l.text()));
    }
    String kicker = part(parts, LineRole.KICKER);
    String title = part(parts, LineRole.TITLE);
    String subtitle = part(parts, LineRole.SUBTITLE);
    // A headline always has a title: a lone subtitle or kicker is one.
    if (title == null && subtitle != null) {
      title = subtitle;
      subtitle = null;
    } else if (title == null) {
      title = kicker;
      kicker = null;
    }
    Headline headline = new Headline(part(parts, LineRole.COLUMN), kicker, title, subtitle);
    TextParts body = text == null ? new TextParts() : text(text);
    return builder.build(
        headline,
        bylineLines.isEmpty() ? null : String.join(" ", bylineLines),
        new Body(body.paragraphs, body.subheads),
        images,
        body.continuedOn,
        continuedFrom != null ? continuedFrom : body.continuedFrom);
  }

  /** The paragraphs, subheads and jumps of a text unit. */
  private static final class TextParts {
    final List<String> paragraphs = new ArrayList<>();
    final List<String> subheads = new ArrayList<>();
    Integer continuedOn;
    Integer continuedFrom;
  }

  private TextParts text(Unit unit) {
    TextParts out = new TextParts();
    StringBuilder paragraph = new StringBuilder();
    boolean inSubhead = false;
    for (int i = 0; i < unit.lines.size(); i++) {
      LineRole role = unit.roles.get(i);
      String line = unit.lines.get(i).text();
      Optional<Jump> jump = line.indexOf('版') >= 0 ? jumps.find(line) : Optional.empty();
      if (jump.isPresent()) {
        Jump j = jump.get();
        if (j.forward()) {
          out.continuedOn = j.page();
        } else {
          out.continuedFrom = j.page();
        }
        line = (line.substring(0, j.start()) + line.substring(j.end())).strip();
      }
      if (role == LineRole.JUMP || line.isEmpty()) {
        continue;
      }
      boolean starts =
          role == LineRole.TEXT_START
              || role == LineRole.PARAGRAPH_START
              || (role == LineRole.SUBHEAD) != inSubhead;
      if (starts && !paragraph.isEmpty()) {
        flush(out, paragraph, inSubhead);
      }
      inSubhead = role == LineRole.SUBHEAD;
      paragraph.append(line);
    }
    if (!paragraph.isEmpty()) {
      flush(out, paragraph, inSubhead);
    }
    return out;
  }

  private static void flush(TextParts out, StringBuilder paragraph, boolean subhead) {
    String text = paragraph.toString();
    out.paragraphs.add(text);
    if (subhead) {
      out.subheads.add(text);
    }
    paragraph.setLength(0);
  }

  private Integer backwardJump(Unit unit) {
    for (Line line : unit.lines) {
      Optional<Jump> jump = jumps.find(line.text());
      if (jump.isPresent() && !jump.get().forward()) {
        return jump.get().page();
      }
    }
    return null;
  }

  private Optional<Image> image(Unit unit) {
    StringBuilder caption = new StringBuilder();
    List<String> credits = new ArrayList<>();
    for (int i = 0; i < unit.lines.size(); i++) {
      if (unit.roles.get(i) == LineRole.CREDIT) {
        credits.add(unit.lines.get(i).text());
      } else {
        caption.append(unit.lines.get(i).text());
      }
    }
    if (caption.isEmpty()) {
      return Optional.empty();
    }
    if (credits.isEmpty()) {
      return Optional.of(
          captions
              .captionLine(caption.toString())
              .orElseGet(() -> captions.image(caption.toString(), null)));
    }
    String credit = String.join("", credits);
    return Optional.of(captions.image(caption.toString(), captions.credit(credit).orElse(credit)));
  }

  /**
   * The text a caption set apart from any text speaks of: the one whose wording, headline included,
   * holds most of the caption's character pairs, if that is a good share of them.
   */
  private static Unit bestMatch(List<Unit> units, Map<Unit, Unit> headOf, Image image) {
    if (image.caption() == null) {
      return null;
    }
    Bigrams words = Bigrams.of(image.caption());
    Unit best = null;
    double bestShare = 0.3;
    for (Unit u : units) {
      if (u.kind != Kind.TEXT || !HeadlineOrder.hasText(u)) {
        continue;
      }
      double share = Bigrams.share(words, Bigrams.of(join(u.lines, "")));
      Unit head = headOf.get(u);
      if (head != null) {
        share = Math.max(share, Bigrams.share(words, Bigrams.of(join(head.lines, ""))));
      }
      if (share > bestShare) {
        bestShare = share;
        best = u;
      }
    }
    return best;
  }

  private static Unit nearestText(List<Unit> units, int from, boolean forward) {
    for (int pass = 0; pass < 2; pass++) {
      boolean ahead = pass == 0 == forward;
      for (int j = from + (ahead ? 1 : -1); j >= 0 && j < units.size(); j += ahead ? 1 : -1) {
        if (units.get(j).kind == Kind.TEXT && HeadlineOrder.hasText(units.get(j))) {
          return units.get(j);
        }
      }
    }
    return null;
  }

  private static String part(Map<LineRole, List<String>> parts, LineRole role) {
    List<String> lines = parts.get(role);
    return lines == null ? null : String.join(" ", lines);
  }

  private static String join(List<Line> lines, String separator) {
    return String.join(separator, lines.stream().map(Line::text).toList());
  }
}
