package baoku.parse.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * 图片新闻: a headline over a photo whose caption, set in text type rather than caption type, is the
 * whole story. The caption is then the article's text, its credit included.
 */
final class PhotoNews {
  List<ArticleCollector.Item> read(List<ArticleCollector.Item> items) {
    List<ArticleCollector.Item> out = new ArrayList<>(items);
    for (int i = 1; i < out.size(); i++) {
      ArticleCollector.Item item = out.get(i);
      if (item.role() == Role.CAPTION
          && item.block().grade() == TypeScale.Grade.BODY
          && out.get(i - 1).role() == Role.HEADLINE) {
        out.set(i, new ArticleCollector.Item(item.placed(), Role.BODY));
      }
    }
    return out;
  }
}
