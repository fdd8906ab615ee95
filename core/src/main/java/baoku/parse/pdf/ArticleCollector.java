package baoku.parse.pdf;

import baoku.parse.zone.BylineParser;
import baoku.parse.zone.JumpParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a page's blocks in reading order and gathers them into articles: a headline opens an
 * article and the text, photos and bylines after it belong to it until the next headline, or until
 * running text opens with a dateline (本报讯) after a finished sentence.
 */
final class ArticleCollector {
  private final BylineParser bylines;
  private final JumpParser jumps;
  private final CaptionReader captions;

  ArticleCollector(BylineParser bylines, JumpParser jumps, CaptionReader captions) {
    this.bylines = bylines;
    this.jumps = jumps;
    this.captions = captions;
  }

  /** A block or a figure with its role; figures have a null block. */
  record Item(Placed placed, Role role) {
    TextBlock block() {
      return (TextBlock) placed;
    }
  }

  List<ArticleDraft> collect(List<Item> items) {
    List<ArticleDraft> drafts = new ArrayList<>();
    ArticleDraft current = null;
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      if (item.role() == null) {
        if (current == null) {
          current = start(drafts);
        }
        current.boxes.add(item.placed().box());
        continue;
      }
      TextBlock block = item.block();
      Role role = item.role();
      if (role == Role.SUBHEAD && (current == null || !current.hasBody() || headsNext(items, i))) {
        role = Role.HEADLINE;
      }
      if (role == Role.HEADLINE && (current == null || current.hasBody())) {
        current = start(drafts);
      } else if (role == Role.BODY
          && (current == null
              || (current.hasBody()
                  && current.closed()
                  && bylines.opensWithDateline(block.first().text())))) {
        current = start(drafts);
      } else if (current == null) {
        current = start(drafts);
      }
      current.boxes.add(block.box());
      switch (role) {
        case HEADLINE -> current.headline.add(block);
        case SUBHEAD -> current.body.add(new BodyLine(asOneLine(block), true));
        case BYLINE -> current.byline = block.text(" ");
        case CAPTION -> current.images.add(captions.read(block));
        case JUMP -> setJump(current, jumps.find(block.text("")).orElseThrow());
        case BODY -> {
          for (TextLine line : block.lines()) {
            current.body.add(new BodyLine(line, false));
          }
        }
        case MASTHEAD -> throw new IllegalStateException("masthead blocks are taken first");
      }
    }
    return drafts;
  }

  private static ArticleDraft start(List<ArticleDraft> drafts) {
    ArticleDraft draft = new ArticleDraft();
    drafts.add(draft);
    return draft;
  }

  private static void setJump(ArticleDraft draft, baoku.parse.zone.Jump jump) {
    if (jump.forward()) {
      draft.continuedOn = jump.page();
    } else {
      draft.continuedFrom = jump.page();
    }
  }

  /**
   * A body-size line in another face heads a new article, not a subhead, when the text after it
   * opens with a dateline or a byline follows it.
   */
  private boolean headsNext(List<Item> items, int i) {
    for (int k = i + 1; k < items.size(); k++) {
      Item next = items.get(k);
      if (next.role() == null) {
        continue;
      }
      return next.role() == Role.BYLINE
          || (next.role() == Role.BODY && bylines.opensWithDateline(next.block().first().text()));
    }
    return false;
  }

  /** A subhead wrapped over two lines is one subhead. */
  private static TextLine asOneLine(TextBlock block) {
    TextLine first = block.first();
    return new TextLine(
        PdfHeadlineReader.join(block.lines()),
        block.box(),
        first.baseline(),
        first.size(),
        first.font(),
        first.bold());
  }
}
