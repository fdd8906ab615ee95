package baoku.parse.assemble;

import baoku.page.Image;
import baoku.page.OtherBlock;
import baoku.parse.ParserCues;
import baoku.parse.layout.Block;
import baoku.parse.layout.ClassifiedLine;
import baoku.parse.layout.Segmentation;
import baoku.parse.zone.BodyPiece;
import baoku.parse.zone.BylineParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Groups a page's zones into articles. Headlines are paired with bodies in the direction the page
 * runs: most pages print a headline above its text, but PDF extraction often yields the text first
 * and its headline after. The direction that leaves fewer headlines and bodies unpaired wins; a
 * headline that is followed by its byline always belongs to the text after it.
 */
public final class ArticleAssembler {
  /** Widest line (ems) that is still set as a subhead between paragraphs. */
  private static final double SUBHEAD_WIDTH = 24;

  private static final Pattern LATIN_CAPS = Pattern.compile("[A-Z]{2,}");
  private static final Pattern PHONE = Pattern.compile("\\d{7,}|\\d{3,4}-\\d{7,8}");

  private final ParserCues cues;
  private final BylineParser bylines;

  public ArticleAssembler(ParserCues cues, BylineParser bylines) {
    this.cues = cues;
    this.bylines = bylines;
  }

  public Assembly assemble(Segmentation page) {
    List<OtherBlock> others = new ArrayList<>();
    List<Unit> units = units(page.blocks(), others);
    takeAdverts(units, others);
    mergeSubheads(units);
    pair(units);
    List<Unit> captions = new ArrayList<>();
    splitCaptionsFromHeads(units, captions);
    orphanHeads(units, captions, others);
    attachCaptions(units, captions);
    return new Assembly(articles(units), others);
  }

  /** Step 1: blocks to units; consecutive headline blocks form one group, a byline closes it. */
  private List<Unit> units(List<Block> blocks, List<OtherBlock> others) {
    List<Unit> units = new ArrayList<>();
    ClassifiedLine pendingByline = null;
    for (Block block : blocks) {
      Unit last = units.isEmpty() ? null : units.get(units.size() - 1);
      switch (block.kind()) {
        case HEADLINE -> {
          if (last != null && last.isHead() && last.byline == null) {
            last.headLines.addAll(block.lines());
          } else {
            Unit head = new Unit(Unit.Kind.HEAD);
            head.headLines.addAll(block.lines());
            units.add(head);
          }
        }
        case BYLINE -> {
          if (last != null && last.isHead() && last.byline == null) {
            last.byline = block.first();
          } else {
            pendingByline = block.first();
          }
        }
        case BODY -> {
          Unit body = new Unit(Unit.Kind.BODY);
          block.lines().forEach(l -> body.pieces.add(new BodyPiece(l, false)));
          body.images.addAll(block.images());
          body.continuedOn = block.continuedOn();
          body.continuedFrom = block.continuedFrom();
          body.byline = pendingByline;
          pendingByline = null;
          units.add(body);
        }
        case CAPTION -> {
          Unit caption = new Unit(Unit.Kind.CAPTION);
          caption.image = block.image();
          units.add(caption);
        }
        case OTHER -> others.add(new OtherBlock("credits", block.joinedText()));
      }
    }
    return units;
  }

  /**
   * Step 2: a headline-like group without prose that names a bank, a company or a phone number, set
   * at the top or foot of the page or with a Latin brand mark, is an advertisement.
   */
  private void takeAdverts(List<Unit> units, List<OtherBlock> others) {
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (!u.isHead() || u.byline != null) {
        continue;
      }
      String text = String.join(" ", u.headLines.stream().map(ClassifiedLine::text).toList());
      boolean cue = cues.advertCues().stream().anyMatch(text::contains);
      boolean placed =
          i == 0
              || i == units.size() - 1
              || LATIN_CAPS.matcher(text).find()
              || PHONE.matcher(text).find();
      if (cue && placed) {
        others.add(new OtherBlock("advertisement", text));
        units.remove(i--);
      }
    }
  }

  /**
   * Step 3: a single short line between two stretches of text, where the second opens no new
   * article (no dateline, no byline, no jump, no closing credit after a credited first part), is a
   * subhead of the article around it.
   */
  private void mergeSubheads(List<Unit> units) {
    for (int i = 0; i < units.size(); i++) {
      Unit head = units.get(i);
      ClassifiedLine subhead = head.isHead() && head.byline == null ? asOneLine(head) : null;
      if (subhead == null || subhead.width() > SUBHEAD_WIDTH) {
        continue;
      }
      int before = neighbour(units, i, -1);
      int after = neighbour(units, i, +1);
      if (before < 0 || after < 0) {
        continue;
      }
      Unit a = units.get(before);
      Unit b = units.get(after);
      if (!a.isBody()
          || !b.isBody()
          || a.continuedOn != null
          || b.continuedFrom != null
          || b.byline != null
          || b.firstLine().opensArticle()
          || !a.lastBodyLine().closes()
          || (creditedAtTop(units, before) && creditedAtEnd(units, after))
          || closesItsBlock(subhead, b)) {
        continue;
      }
      a.pieces.add(new BodyPiece(subhead, true));
      a.pieces.addAll(b.pieces);
      a.images.addAll(b.images);
      a.continuedOn = b.continuedOn;
      a.invalidate();
      for (int k = after; k > before; k--) {
        Unit removed = units.remove(k);
        if (removed.kind == Unit.Kind.CAPTION && removed.image != null) {
          a.images.add(removed.image);
        }
      }
      i = before;
    }
  }

  /**
   * Whether the article of the body at {@code at} names its authors at its top (a byline under its
   * headline or a dateline opening its text): an article is credited once, so text that closes with
   * a credit of its own after it is another article.
   */
  private static boolean creditedAtTop(List<Unit> units, int at) {
    Unit body = units.get(at);
    if (body.byline != null || body.firstLine().opensArticle()) {
      return true;
    }
    int head = neighbour(units, at, -1);
    return head >= 0 && units.get(head).isHead() && units.get(head).byline != null;
  }

  /**
   * Whether a line set straight under a text, with a blank line after it, ends that text's block: a
   * headline printed after its text, as column layouts read back. A subhead sits inside the run of
   * its text, or apart from it on both sides.
   */
  private static boolean closesItsBlock(ClassifiedLine line, Unit after) {
    return line.blankBefore() == 0 && after.firstLine().blankBefore() > 0;
  }

  /**
   * Whether the body at {@code at} closes with a credit of its own: a bracketed credit ending its
   * text (（记者 何平）), or a headline and byline printed after it whose wording is its own rather than
   * the next text's.
   */
  private boolean creditedAtEnd(List<Unit> units, int at) {
    Unit body = units.get(at);
    if (bylines.parseClosing(body.text()).isPresent()) {
      return true;
    }
    int head = neighbour(units, at, +1);
    if (head < 0 || !units.get(head).isHead() || units.get(head).byline == null) {
      return false;
    }
    int next = neighbour(units, head, +1);
    return closesTextBefore(units.get(head), body, next < 0 ? null : units.get(next));
  }

  /** A head of one line, or of one line and the last character or two of it wrapped below. */
  private static ClassifiedLine asOneLine(Unit head) {
    List<ClassifiedLine> lines = head.headLines;
    if (lines.size() == 1) {
      return lines.get(0);
    }
    ClassifiedLine last = lines.get(1);
    if (lines.size() != 2 || last.blankBefore() > 0 || last.width() > 2) {
      return null;
    }
    ClassifiedLine first = lines.get(0);
    String text = first.text() + last.text();
    return new ClassifiedLine(first.line(), first.kind(), false, false, null, null, text);
  }

  /** The index of the nearest head or body from {@code i} in direction {@code step}, or -1. */
  private static int neighbour(List<Unit> units, int i, int step) {
    for (int k = i + step; k >= 0 && k < units.size(); k += step) {
      if (units.get(k).kind != Unit.Kind.CAPTION) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Step 4: pair heads with bodies in the direction that leaves fewer unpaired; on a tie, in the
   * direction whose headlines share more wording with their texts (an editor titles a story in its
   * own words).
   */
  private void pair(List<Unit> units) {
    Map<Unit, Unit> fixed = new HashMap<>();
    // First the headlines that, with their bylines, close the text before them.
    for (int i = 0; i < units.size(); i++) {
      int previous = neighbour(units, i, -1);
      int next = neighbour(units, i, +1);
      Unit head = units.get(i);
      if (head.isHead()
          && head.byline != null
          && previous >= 0
          && next >= 0
          && units.get(next).isBody()
          && !fixed.containsKey(units.get(previous))
          && closesTextWithItsByline(head, units.get(previous), units.get(next))) {
        fixed.put(head, units.get(previous));
        fixed.put(units.get(previous), head);
      }
    }
    // Then the headlines followed by their byline and their text.
    for (int i = 0; i < units.size(); i++) {
      Unit head = units.get(i);
      int next = neighbour(units, i, +1);
      if (!head.isHead()
          || head.byline == null
          || fixed.containsKey(head)
          || next < 0
          || !units.get(next).isBody()
          || fixed.containsKey(units.get(next))) {
        continue;
      }
      Unit body = units.get(next);
      int previous = neighbour(units, i, -1);
      if (previous >= 0 && closesTextBefore(head, units.get(previous), body)) {
        // A headline printed after its text, then the byline that opens the next article.
        if (body.byline == null) {
          body.byline = head.byline;
        }
        head.byline = null;
        continue;
      }
      fixed.put(head, body);
      fixed.put(body, head);
    }
    Map<Unit, Unit> before = tryDirection(units, fixed, +1);
    Map<Unit, Unit> after = tryDirection(units, fixed, -1);
    int unpairedAfter = unpaired(units, after);
    int unpairedBefore = unpaired(units, before);
    Map<Unit, Unit> chosen =
        unpairedAfter < unpairedBefore
                || (unpairedAfter == unpairedBefore && wording(after) > wording(before))
            ? after
            : before;
    int other = chosen == before ? -1 : +1;
    // A head left over may still belong to a body left over on its other side.
    for (int i = 0; i < units.size(); i++) {
      Unit head = units.get(i);
      int k = neighbour(units, i, other);
      if (head.isHead() && !chosen.containsKey(head) && k >= 0) {
        Unit body = units.get(k);
        if (body.isBody() && !chosen.containsKey(body)) {
          chosen.put(head, body);
          chosen.put(body, head);
        }
      }
    }
    chosen.forEach((a, b) -> a.pair = b);
  }

  private static Map<Unit, Unit> tryDirection(List<Unit> units, Map<Unit, Unit> fixed, int step) {
    Map<Unit, Unit> pairs = new HashMap<>(fixed);
    for (int i = 0; i < units.size(); i++) {
      Unit head = units.get(i);
      int k = neighbour(units, i, step);
      if (!head.isHead() || pairs.containsKey(head) || k < 0) {
        continue;
      }
      Unit body = units.get(k);
      if (body.isBody() && !pairs.containsKey(body)) {
        pairs.put(head, body);
        pairs.put(body, head);
      }
    }
    return pairs;
  }

  /**
   * Whether a headline with its byline, between two texts, closes the text before it: the text
   * after names its own authors at its opening (本报讯（记者 …）), and an article is credited once, so the
   * byline cannot be its; the headline's wording takes the text before rather than after.
   */
  private boolean closesTextWithItsByline(Unit head, Unit before, Unit after) {
    if (!before.isBody() || !after.firstLine().opensArticle()) {
      return false;
    }
    String opening = after.text();
    opening = opening.substring(0, Math.min(opening.length(), 80));
    boolean named = bylines.parseOpening(opening).filter(b -> !b.authors().isEmpty()).isPresent();
    return named
        && Bigrams.share(head.bigrams(), before.bigrams())
            > Bigrams.share(head.bigrams(), after.bigrams());
  }

  /**
   * Whether a headline that has a byline after it is rather the title of the text before it: most
   * of its wording is that text's, and little of it the next one's ({@code after} may be null at
   * the foot of the page).
   */
  private static boolean closesTextBefore(Unit head, Unit before, Unit after) {
    if (!before.isBody() || before.continuedOn != null) {
      return false;
    }
    double withBefore = Bigrams.share(head.bigrams(), before.bigrams());
    double withAfter =
        after == null || !after.isBody() ? 0 : Bigrams.share(head.bigrams(), after.bigrams());
    return withBefore >= 0.5 && withAfter * 3 < withBefore;
  }

  /** How much the paired headlines share with their texts, summed. */
  private static double wording(Map<Unit, Unit> pairs) {
    double sum = 0;
    for (Map.Entry<Unit, Unit> pair : pairs.entrySet()) {
      if (pair.getKey().isHead()) {
        sum += Bigrams.share(pair.getKey().bigrams(), pair.getValue().bigrams());
      }
    }
    return sum;
  }

  private static int unpaired(List<Unit> units, Map<Unit, Unit> pairs) {
    int n = 0;
    for (Unit u : units) {
      if (u.kind != Unit.Kind.CAPTION && !pairs.containsKey(u)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Step 5: a part of a headline group that shares no wording with the text it heads, but most of
   * its wording with another article, is a photo caption set there.
   */
  private void splitCaptionsFromHeads(List<Unit> units, List<Unit> captions) {
    List<Unit> bodies = units.stream().filter(Unit::isBody).toList();
    for (Unit head : units) {
      if (!head.isHead() || head.pair == null || head.headLines.size() < 2) {
        continue;
      }
      for (int i = head.headLines.size() - 1; i >= 1; i--) {
        ClassifiedLine line = head.headLines.get(i);
        if (line.width() <= 2) {
          continue; // the end of a wrapped line
        }
        var words = Bigrams.of(line.text());
        if (Bigrams.share(words, head.pair.bigrams()) >= 0.2) {
          continue;
        }
        boolean elsewhere =
            bodies.stream()
                .anyMatch(b -> b != head.pair && Bigrams.share(words, b.bigrams()) >= 0.5);
        if (elsewhere) {
          head.headLines.remove(i);
          Unit caption = new Unit(Unit.Kind.CAPTION);
          caption.image = new Image(line.text(), null);
          captions.add(caption);
        }
      }
    }
  }

  /**
   * Step 6: a head that heads nothing is a caption when it is one short line, otherwise a banner.
   */
  private void orphanHeads(List<Unit> units, List<Unit> captions, List<OtherBlock> others) {
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (u.isHead() && u.pair == null) {
        if (u.headLines.size() == 1 && u.byline == null && u.headLines.get(0).width() <= 40) {
          Unit caption = new Unit(Unit.Kind.CAPTION);
          caption.image = new Image(u.headLines.get(0).text(), null);
          captions.add(caption);
          units.set(i, caption);
        } else {
          String text = String.join(" ", u.headLines.stream().map(ClassifiedLine::text).toList());
          others.add(new OtherBlock("banner", text));
          units.remove(i--);
        }
      }
    }
  }

  /**
   * Step 7: loose captions go to the article whose wording they share most, preferring one whose
   * byline credits its own photos; failing that, to the text printed just before them.
   */
  private void attachCaptions(List<Unit> units, List<Unit> looseHeads) {
    for (int i = 0; i < units.size(); i++) {
      Unit caption = units.get(i);
      if (caption.kind != Unit.Kind.CAPTION) {
        continue;
      }
      Unit target = bestMatch(units, caption.image);
      if (target == null) {
        int k = neighbour(units, i, -1);
        k = k >= 0 ? k : neighbour(units, i, +1);
        target = k >= 0 ? bodyOf(units.get(k)) : null;
      }
      if (target != null) {
        target.images.add(caption.image);
      }
    }
    for (Unit caption : looseHeads) {
      if (!units.contains(caption)) {
        Unit target = bestMatch(units, caption.image);
        if (target != null) {
          target.images.add(caption.image);
        }
      }
    }
    units.removeIf(u -> u.kind == Unit.Kind.CAPTION);
  }

  private Unit bestMatch(List<Unit> units, Image image) {
    if (image.caption() == null) {
      return null;
    }
    var words = Bigrams.of(image.caption());
    Unit best = null;
    double bestScore = 0.3;
    for (Unit u : units) {
      if (!u.isBody()) {
        continue;
      }
      double score = Bigrams.share(words, u.bigrams());
      if (u.pair != null) {
        score = Math.max(score, Bigrams.share(words, u.pair.bigrams()));
      }
      if (ownPhoto(u)) {
        score += 0.25;
      }
      if (score > bestScore) {
        bestScore = score;
        best = u;
      }
    }
    return best;
  }

  private boolean ownPhoto(Unit body) {
    String first = body.pieces.get(0).line().text();
    boolean opening = bylines.parseOpening(first).map(b -> b.ownPhoto()).orElse(false);
    ClassifiedLine byline = body.byline != null ? body.byline : pairByline(body);
    boolean line =
        byline != null && bylines.parseLine(byline.text()).map(b -> b.ownPhoto()).orElse(false);
    return opening || line;
  }

  private static ClassifiedLine pairByline(Unit body) {
    return body.pair == null ? null : body.pair.byline;
  }

  private static Unit bodyOf(Unit u) {
    return u.isBody() ? u : u.pair;
  }

  /** Step 8: one article per body, in the order their text is printed. */
  private static List<ArticleParts> articles(List<Unit> units) {
    List<ArticleParts> out = new ArrayList<>();
    units.stream()
        .filter(Unit::isBody)
        .sorted(Comparator.comparingInt(u -> u.firstLine().line().index()))
        .forEach(
            body -> {
              Unit head = body.pair;
              ClassifiedLine byline = body.byline != null ? body.byline : pairByline(body);
              out.add(
                  new ArticleParts(
                      head == null ? List.of() : head.headLines,
                      byline,
                      body.pieces,
                      body.images,
                      body.continuedOn,
                      body.continuedFrom));
            });
    return out;
  }
}
