package baoku.enrich;

import static baoku.enrich.EnrichKeys.PARSED;
import static baoku.enrich.EnrichKeys.TAGGED;

import baoku.page.Article;
import baoku.page.Image;
import baoku.pipeline.Document;
import baoku.pipeline.Key;
import baoku.pipeline.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Cuts and tags every text of every article once, for the stages after it to share. */
public final class TaggingStage implements Stage {
  private final Tagger tagger;

  public TaggingStage(Tagger tagger) {
    this.tagger = tagger;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(PARSED);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(TAGGED);
  }

  @Override
  public void apply(Document document) {
    List<TaggedArticle> out = new ArrayList<>();
    for (Article article : document.get(PARSED).articles()) {
      List<TaggedText> around = new ArrayList<>();
      for (String text : article.headlineParts()) {
        addIfPresent(around, text);
      }
      for (Image image : article.images()) {
        addIfPresent(around, image.caption());
      }
      out.add(new TaggedArticle(tag(article.text()), around));
    }
    document.put(TAGGED, out);
  }

  private void addIfPresent(List<TaggedText> out, String text) {
    if (text != null && !text.isBlank()) {
      out.add(tag(text));
    }
  }

  private TaggedText tag(String text) {
    return new TaggedText(text, tagger.tag(text));
  }

  @Override
  public String name() {
    return "tagging";
  }
}
