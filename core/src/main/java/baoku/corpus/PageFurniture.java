package baoku.corpus;

import baoku.resource.ResourceLoader;
import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * What a page prints besides its articles, drawn from the corpus word lists: masthead lines, a
 * running head, notices and the editors' line. Every page form prints the same furniture.
 */
final class PageFurniture {
  static final String PAPER = "人民日报";
  private static final String[] WEEKDAYS = {"一", "二", "三", "四", "五", "六", "日"};

  private final List<String> masthead;
  private final List<String> runningHeads;
  private final List<String> sections;
  private final List<String> editors;
  private final List<String> notices;

  PageFurniture(ResourceLoader loader) {
    this.masthead = loader.entries("corpus/masthead.txt");
    this.runningHeads = loader.entries("corpus/running-heads.txt");
    this.sections = loader.entries("corpus/sections.txt");
    this.editors = loader.entries("corpus/editors.txt");
    this.notices = loader.entries("corpus/notices.txt");
  }

  /** The masthead's line templates, top to bottom; fill each with {@link #fill}. */
  List<String> mastheadTemplates() {
    return masthead;
  }

  /** How many pages the issue has, as the masthead prints it. */
  static int pageCount(RandomGenerator random) {
    return 12 + 4 * random.nextInt(4);
  }

  String runningHead(LocalDate date, int page, RandomGenerator random) {
    return fill(ArticleSetter.pick(runningHeads, random), date, page, 0, random)
        .replace("{section}", ArticleSetter.pick(sections, random));
  }

  /** A notice or advertisement, a line an entry. */
  List<String> notice(RandomGenerator random) {
    return List.of(ArticleSetter.pick(notices, random).split("\\|"));
  }

  String editorLine(List<String> names, RandomGenerator random) {
    String name = names.isEmpty() ? "王明" : ArticleSetter.pick(names, random);
    String name2 = names.isEmpty() ? "李华" : ArticleSetter.pick(names, random);
    return ArticleSetter.pick(editors, random).replace("{name2}", name2).replace("{name}", name);
  }

  static String fill(String template, LocalDate date, int page, int pages, RandomGenerator random) {
    String day = date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    String weekday = WEEKDAYS[date.getDayOfWeek().getValue() - 1];
    return template
        .replace("{date}", day)
        .replace("{weekday}", template.contains("星期{weekday}") ? weekday : "星期" + weekday)
        .replace("{page}", page < 10 && random.nextBoolean() ? "0" + page : Integer.toString(page))
        .replace("{pages}", Integer.toString(pages))
        .replace("{lunar}", LunarDates.of(date))
        .replace("{serial}", Integer.toString(20000 + (int) (date.toEpochDay() % 10000)));
  }
}
