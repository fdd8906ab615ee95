package baoku.parse.pdf;

import baoku.page.Region;
import baoku.parse.zone.BylineParser;
import baoku.parse.zone.JumpParser;
import java.util.List;

/**
 * Gives a block its role from its type and its neighbours on the page, as a typesetter reads a
 * page: a line larger than the body type is a headline; a line in smaller type by a photo is its
 * caption; a body-size line in another face or in bold is a subhead. What the text itself says (a
 * byline, a credit, a jump) is read by the text parser's zone parsers.
 */
final class RoleClassifier {
  /** A caption stands within this many of its own ems of the photo. */
  private static final double CAPTION_DISTANCE = 1.5;

  /** A 栏目 label printed on a box runs to no more characters than this. */
  private static final int COLUMN_LABEL = 8;

  private final BylineParser bylines;
  private final JumpParser jumps;
  private final CaptionReader captions;

  RoleClassifier(BylineParser bylines, JumpParser jumps, CaptionReader captions) {
    this.bylines = bylines;
    this.jumps = jumps;
    this.captions = captions;
  }

  /**
   * The role of {@code block}; {@code figures} are the page's photos and empty boxes, {@code boxes}
   * all its filled boxes.
   */
  Role classify(TextBlock block, List<Drawing> figures, List<Drawing> boxes) {
    String text = block.text(" ");
    // A 栏目 label: a few words on a tint of their own, heading the headline beneath.
    if (block.lines().size() == 1
        && text.length() <= COLUMN_LABEL
        && block.grade() != TypeScale.Grade.DISPLAY
        && PdfHeadlineReader.framed(block, boxes)) {
      return Role.HEADLINE;
    }
    if (block.lines().size() == 1) {
      var jump = jumps.find(text);
      if (jump.isPresent() && jumps.isWholeLine(text, jump.get())) {
        return Role.JUMP;
      }
    }
    if (block.grade() == TypeScale.Grade.SMALL && nearFigure(block, figures)) {
      return Role.CAPTION;
    }
    if (block.grade() != TypeScale.Grade.DISPLAY && captions.isCredit(block.last().text())) {
      return Role.CAPTION;
    }
    if (block.lines().size() == 1
        && block.grade() != TypeScale.Grade.DISPLAY
        && bylines.parseLine(text).isPresent()) {
      return Role.BYLINE;
    }
    return switch (block.grade()) {
      case DISPLAY -> Role.HEADLINE;
      case EMPHASIS -> Role.SUBHEAD;
      case BODY, SMALL -> Role.BODY;
    };
  }

  /** Whether the block stands just above or below a figure, within its width. */
  private static boolean nearFigure(TextBlock block, List<Drawing> figures) {
    Region b = block.box();
    double reach = CAPTION_DISTANCE * block.size();
    for (Drawing figure : figures) {
      Region f = figure.box();
      boolean within = b.x() >= f.x() - reach && b.right() <= f.right() + reach;
      // A line's box reaches above its type, so a caption set tight under a photo overlaps it.
      double touch = Math.max(1, 0.3 * block.size());
      boolean below = b.y() >= f.bottom() - touch && b.y() - f.bottom() <= reach;
      boolean above = b.bottom() <= f.y() + touch && f.y() - b.bottom() <= reach;
      if (within && (below || above)) {
        return true;
      }
    }
    return false;
  }
}
