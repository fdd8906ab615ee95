package baoku.parse.pdf;

import baoku.page.Region;
import java.util.ArrayList;
import java.util.List;

/**
 * Lines in text type that a typesetter sets with a headline rather than with the text: a 引题 in a
 * line or two standing right above the title, a 副题 or a note right under it. They are told from the
 * text by where they stand — a block of their own, set off from the text by more than its leading,
 * or set across its columns — and by not ending a sentence as the text's lines do.
 */
final class HeadlineCompanions {
  /** Lines at most in a kicker, subtitle or note set in text type. */
  private static final int MOST_LINES = 2;

  /** A kicker stands within this many of its ems above its title, a subtitle as far below. */
  private static final double REACH = 1.5;

  /** A line this much wider than a column's measure runs across columns. */
  private static final double ACROSS_COLUMNS = 1.5;

  private static final String SENTENCE_ENDS = "。！？；：…";

  private static final String DASH = "——";

  /**
   * The items with the text-type blocks that belong to a headline given the headline's role.
   *
   * @param measure the width most body lines are set to: one column's measure
   */
  List<ArticleCollector.Item> attach(List<ArticleCollector.Item> items, double measure) {
    List<ArticleCollector.Item> out = new ArrayList<>(items);
    for (int i = 0; i < out.size(); i++) {
      ArticleCollector.Item item = out.get(i);
      if (item.role() != Role.BODY
          || !(item.placed() instanceof TextBlock block)
          || !brief(block)) {
        continue;
      }
      ArticleCollector.Item before = i > 0 ? out.get(i - 1) : null;
      ArticleCollector.Item after = i + 1 < out.size() ? out.get(i + 1) : null;
      boolean under = isHeadline(before) && under(block, before.block(), measure, after);
      boolean over = isDisplay(after) && over(block, after.block());
      if (under || over) {
        out.set(i, new ArticleCollector.Item(block, Role.HEADLINE));
      }
    }
    return out;
  }

  /** A subtitle or note: right under the headline, and a dash, a line across columns, or apart. */
  private static boolean under(
      TextBlock block, TextBlock headline, double measure, ArticleCollector.Item after) {
    if (block.box().y() - headline.box().bottom() > REACH * block.size()) {
      return false;
    }
    boolean across =
        measure > 0 && block.lines().stream().allMatch(l -> l.width() > ACROSS_COLUMNS * measure);
    boolean apart =
        after != null
            && after.role() == Role.BODY
            && after.placed() instanceof TextBlock text
            && text.box().y() >= block.box().bottom()
            && text.first().overlap(block.last()) > 0;
    return block.first().text().startsWith(DASH) || across || apart;
  }

  /** A kicker: right above display type, within its width. */
  private static boolean over(TextBlock block, TextBlock title) {
    Region b = block.box();
    Region t = title.box();
    double gap = t.y() - b.bottom();
    return gap >= -1
        && gap <= REACH * block.size()
        && b.x() >= t.x() - block.size()
        && b.x() < t.right();
  }

  /** A block of a line or two that ends no sentence. */
  private static boolean brief(TextBlock block) {
    if (block.lines().size() > MOST_LINES) {
      return false;
    }
    String text = block.last().text().strip();
    return !text.isEmpty() && SENTENCE_ENDS.indexOf(text.charAt(text.length() - 1)) < 0;
  }

  private static boolean isHeadline(ArticleCollector.Item item) {
    return item != null && item.role() == Role.HEADLINE && item.placed() instanceof TextBlock;
  }

  private static boolean isDisplay(ArticleCollector.Item item) {
    return isHeadline(item) && item.block().grade() == TypeScale.Grade.DISPLAY;
  }
}
