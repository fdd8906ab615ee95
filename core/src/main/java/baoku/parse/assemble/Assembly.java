package baoku.parse.assemble;

import baoku.page.OtherBlock;
import java.util.List;

/** A page's zones grouped into articles, and what belongs to none. */
public record Assembly(List<ArticleParts> articles, List<OtherBlock> others) {
  public Assembly {
    articles = List.copyOf(articles);
    others = List.copyOf(others);
  }
}
