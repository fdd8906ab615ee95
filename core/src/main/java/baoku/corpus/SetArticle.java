package baoku.corpus;

import baoku.page.Article;
import java.util.List;

/**
 * An article as it will be printed: what goes on the page and the gold that page holds.
 *
 * @param headline kicker, title and subtitle lines, each with its role, in printed order
 * @param byline a byline printed on a line of its own, or {@code null}
 * @param paragraphs the text as printed, subheads in place
 * @param subheads which paragraphs are subheads
 * @param caption a photo caption, or {@code null}
 * @param credit the photo's credit on its own line, or {@code null}
 * @param jump a jump line (（下转第2版）), or {@code null}
 * @param jumpInline whether the jump ends the last text line instead of standing alone
 * @param headlineAfter whether headline and byline are set after the text, as e-paper copies set
 *     some commentaries
 * @param authorsKnown whether the printed byline was read, so that authors can be scored
 */
record SetArticle(
    List<PrintedLine> headline,
    String byline,
    List<String> paragraphs,
    List<Boolean> subheads,
    String caption,
    String credit,
    String jump,
    boolean jumpInline,
    boolean headlineAfter,
    Article gold,
    boolean authorsKnown) {}
