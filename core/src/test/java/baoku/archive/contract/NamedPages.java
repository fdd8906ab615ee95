package baoku.archive.contract;

import baoku.archive.IssueId;
import baoku.page.Article;
import baoku.page.EntityType;
import baoku.page.Issue;
import baoku.page.Mention;
import baoku.page.Page;
import baoku.page.Person;
import baoku.page.TitleSource;
import java.time.LocalDate;
import java.util.List;

/**
 * One enriched issue of two pages, small enough to know every answer: names found as mentions (one
 * by a declared short form), a name found only in the page's people, and an article that jumps from
 * page 1 to page 2.
 */
public final class NamedPages {
  public static final IssueId ISSUE = new IssueId("测试日报", LocalDate.of(2023, 5, 6));

  /** The first part of the jumped article, and its continuation. */
  public static final String JUMP_START = ISSUE.page(1).article(2).toString();

  public static final String JUMP_END = ISSUE.page(2).article(2).toString();

  private NamedPages() {}

  public static List<Page> pages() {
    Issue issue = Issue.empty().withPaper(ISSUE.paper()).withDate(ISSUE.date());
    String meeting = "陈光浩在乐山市主持市委常委会议。";
    String zone = "高新区管委会（下称：管委会）在乐山市加快发展，管委会下转第2版";
    Page first =
        new Page(
            "named-1",
            issue,
            1,
            null,
            List.of(),
            List.of(
                article(
                    "市委常委会召开会议",
                    meeting,
                    null,
                    null,
                    List.of(
                        mention(EntityType.PERSON, meeting, "陈光浩", null),
                        mention(EntityType.PLACE, meeting, "乐山市", null),
                        mention(EntityType.ORG, meeting, "市委", null))),
                article(
                    "高新区加快发展",
                    zone,
                    2,
                    null,
                    List.of(
                        mention(EntityType.ORG, zone, "高新区管委会", null),
                        mention(EntityType.ORG, zone, "管委会", "高新区管委会"),
                        mention(EntityType.PLACE, zone, "乐山市", null)))),
            List.of(new Person("陈光浩", "official", List.of("市委书记"))));
    Page second =
        new Page(
            "named-2",
            issue,
            2,
            null,
            List.of(),
            List.of(
                article("别的新闻", "今日天气晴。", null, null, List.of()),
                // 马波 is among the page's people but not a mention of this article.
                article("高新区加快发展", "上接第1版 马波到高新区调研。", null, 1, List.of())),
            List.of(new Person("马波", "official", List.of("市长"))));
    return List.of(first, second);
  }

  private static Article article(
      String title, String text, Integer continuedOn, Integer continuedFrom, List<Mention> names) {
    return new Article(
        null,
        title,
        null,
        null,
        List.of(),
        null,
        "news",
        List.of(text),
        List.of(),
        List.of(),
        continuedOn,
        continuedFrom,
        TitleSource.PRINTED,
        List.of(),
        names,
        List.of());
  }

  private static Mention mention(EntityType type, String text, String name, String normalized) {
    int start = text.indexOf(name);
    return new Mention(type, name, start, start + name.length(), normalized);
  }
}
