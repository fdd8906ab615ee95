package baoku.web.view;

import static baoku.web.view.Html.html;

import baoku.people.PersonArticle;
import baoku.people.PersonProfile;
import baoku.people.PersonSummary;
import baoku.people.TitleSpan;
import baoku.people.TitlesOnDate;
import baoku.web.view.Html.Markup;
import java.time.LocalDate;
import java.util.List;

/** The people the archive names, and one person's titles over time and articles. */
public final class PeopleView {
  public String renderList(List<PersonSummary> people) {
    return Layout.page(
        "人物",
        null,
        html(
            """
            <section class="people">
            <h1>人物</h1>
            <p class="people-note">见报文章最多的 {} 人</p>
            <table class="people-list">
            <thead><tr><th>姓名</th><th>身份</th><th>文章</th><th>见报日期</th></tr></thead>
            <tbody>{}</tbody>
            </table>
            </section>
            """,
            people.size(),
            people.stream()
                .map(
                    p ->
                        html(
                            "<tr><td><a href=\"{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td></tr>",
                            Links.person(p.name()),
                            p.name(),
                            Words.role(p.role()),
                            p.articles(),
                            span(p.first(), p.last())))));
  }

  public String render(PersonProfile profile) {
    PersonSummary person = profile.summary();
    return Layout.page(
        person.name(),
        null,
        html(
            """
            <section class="person">
            {}
            <h1 class="person-name">{}</h1>
            <p class="person-span">{} · {}</p>
            <h2>见报职务 <span class="count">{}</span></h2>
            <ol class="timeline">{}</ol>
            <h2>职务</h2>
            <ul class="titles">{}</ul>
            <h2>文章 <span class="count">{}</span></h2>
            <ol class="person-articles">{}</ol>
            </section>
            """,
            Layout.crumbs(Layout.link("/people", "人物")),
            person.name(),
            Words.role(person.role()),
            span(person.first(), person.last()),
            dayCount(profile),
            profile.timeline().stream().map(PeopleView::day),
            profile.titles().stream().map(PeopleView::title),
            articleCount(profile),
            profile.articles().stream().map(PeopleView::article)));
  }

  /** How many days the person was printed, and how many of the newest are listed when not all. */
  private static String dayCount(PersonProfile profile) {
    int all = profile.days();
    int shown = profile.timeline().size();
    return shown < all ? all + " 天，列出最近 " + shown + " 天" : all + " 天";
  }

  /** How many articles name the person, and how many of the newest are listed when not all. */
  private static String articleCount(PersonProfile profile) {
    int all = profile.summary().articles();
    int shown = profile.articles().size();
    return shown < all ? all + " 篇，列出最新 " + shown + " 篇" : all + " 篇";
  }

  private static Markup day(TitlesOnDate day) {
    return html(
        "<li class=\"day\" data-date=\"{}\"><time datetime=\"{}\">{}</time> <span class=\"day-titles\">{}</span></li>",
        day.date(),
        day.date(),
        day.date(),
        String.join("、", day.titles()));
  }

  private static Markup title(TitleSpan title) {
    return html(
        "<li class=\"title-span\"><span class=\"title\">{}</span> <span class=\"dates\">{}</span></li>",
        title.title(),
        span(title.first(), title.last()));
  }

  private static Markup article(PersonArticle article) {
    return html(
        "<li><time datetime=\"{}\">{}</time> 第{}版 <a href=\"{}\">{}</a></li>",
        article.date(),
        article.date(),
        article.page(),
        Links.article(article.id()),
        article.title());
  }

  private static String span(LocalDate first, LocalDate last) {
    if (first == null) {
      return "";
    }
    return first.equals(last) ? first.toString() : first + " – " + last;
  }
}
