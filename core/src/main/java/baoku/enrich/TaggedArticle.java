package baoku.enrich;

import java.util.List;

/**
 * An article's texts, tagged: the body ({@code Article.text()}, which mentions point into) and the
 * texts around it that also name people (headline parts, captions).
 */
public record TaggedArticle(TaggedText body, List<TaggedText> around) {
  public TaggedArticle {
    around = List.copyOf(around);
  }
}
