package baoku.parse;

import baoku.resource.ResourceLoader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The word lists and patterns the zone parsers consult, loaded once from resources under {@code
 * /baoku/parse/}. What a typesetter or an editor would recognise lives there, not in code.
 *
 * @param bylineRole roles in a byline (记者, 通讯员, 文/图), dropped from author names
 * @param selfNamedBylines bylines that are their own author (本报评论员)
 * @param photoCreditRoles byline roles that announce the writer's own photo (文/图, 摄)
 * @param captionOpenings openings of a caption printed as a line of its own (图为…)
 * @param creditLine a photo credit line (… 供图, … 摄), group "who" is the credited party
 * @param datelines openings of a first paragraph naming the news source, group "dateline"
 * @param kickerEndings endings that make a headline part a kicker (强调, ：)
 * @param advertCues words of advertisements
 * @param commentaryCues words that mark commentary (评论员)
 * @param reviewCues words that mark a review (综述)
 * @param mastheadFields masthead fields by name, group "v" the value
 * @param mastheadLines other lines that belong to a masthead or page header
 * @param editorLines lines crediting the page's editors, wherever they stand
 * @param jump a jump mark （下转第2版）, groups "dir" and "page"
 * @param reportedByline names a dateline introduces without brackets (记者张三报道), group "names"
 * @param jumpOpening the first half of a jump mark split at a line's end (…（下转)
 */
public record ParserCues(
    Pattern bylineRole,
    List<String> selfNamedBylines,
    List<String> photoCreditRoles,
    List<Pattern> captionOpenings,
    Pattern creditLine,
    List<Pattern> datelines,
    List<String> kickerEndings,
    List<String> advertCues,
    List<String> commentaryCues,
    List<String> reviewCues,
    Map<String, Pattern> mastheadFields,
    List<Pattern> mastheadLines,
    List<Pattern> editorLines,
    Pattern jump,
    Pattern reportedByline,
    Pattern jumpOpening) {

  private static final String DIR = "parse/";

  /** Loads the cues from {@code loader}. */
  public static ParserCues load(ResourceLoader loader) {
    // Cues are written in simplified characters; pages in traditional ones are read alike.
    ScriptVariants scripts = new ScriptVariants();
    Map<String, Pattern> fields = new LinkedHashMap<>();
    for (String entry : loader.entries(DIR + "masthead-fields.txt")) {
      int eq = entry.indexOf('=');
      fields.put(entry.substring(0, eq), scripts.compile(entry.substring(eq + 1)));
    }
    return new ParserCues(
        Pattern.compile(scripts.alternation(loader.entries(DIR + "byline-roles.txt"))),
        scripts.withTraditional(loader.entries(DIR + "byline-self-named.txt")),
        scripts.withTraditional(loader.entries(DIR + "photo-credit-roles.txt")),
        scripts.compile(loader.entries(DIR + "caption-openings.txt")),
        Pattern.compile(
            "^(?<who>.{1,30}?)\\s*(?<end>"
                + scripts.alternation(loader.entries(DIR + "credit-endings.txt"))
                + ")$"),
        scripts.compile(loader.entries(DIR + "datelines.txt")),
        scripts.withTraditional(loader.entries(DIR + "kicker-endings.txt")),
        scripts.withTraditional(loader.entries(DIR + "advert-cues.txt")),
        scripts.withTraditional(loader.entries(DIR + "commentary-bylines.txt")),
        scripts.withTraditional(loader.entries(DIR + "review-cues.txt")),
        java.util.Collections.unmodifiableMap(fields),
        scripts.compile(loader.entries(DIR + "masthead-lines.txt")),
        scripts.compile(loader.entries(DIR + "editor-lines.txt")),
        scripts.compile(loader.text(DIR + "jump.txt").strip()),
        scripts.compile(loader.entries(DIR + "reported-bylines.txt").get(0)),
        scripts.compile(loader.entries(DIR + "jump-open.txt").get(0)));
  }

  /** The cues shipped with Baoku. */
  public static ParserCues standard() {
    return load(new ResourceLoader());
  }
}
