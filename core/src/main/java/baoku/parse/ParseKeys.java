package baoku.parse;

import baoku.page.Article;
import baoku.page.Page;
import baoku.parse.assemble.Assembly;
import baoku.parse.label.LineRole;
import baoku.parse.layout.Segmentation;
import baoku.parse.text.Line;
import baoku.parse.zone.Masthead;
import baoku.pipeline.Key;
import java.util.List;

/** The slots the page parser's stages read and write. */
public final class ParseKeys {
  private ParseKeys() {}

  public static final Key<String> SOURCE = Key.of("source", String.class);
  public static final Key<String> TEXT = Key.of("text", String.class);
  public static final Key<PageHints> HINTS = Key.of("hints", PageHints.class);
  public static final Key<List<Line>> LINES = Key.of("lines", List.class);
  public static final Key<Segmentation> ZONES = Key.of("zones", Segmentation.class);
  public static final Key<Masthead> MASTHEAD = Key.of("masthead", Masthead.class);
  public static final Key<Assembly> ASSEMBLY = Key.of("assembly", Assembly.class);
  public static final Key<List<Article>> ARTICLES = Key.of("articles", List.class);
  public static final Key<LineRole[]> ROLES = Key.of("roles", LineRole[].class);
  public static final Key<Page> PAGE = Key.of("page", Page.class);
}
