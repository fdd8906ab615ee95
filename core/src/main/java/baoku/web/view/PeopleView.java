package baoku.web.view;

import static baoku.web.view.Html.html;

import baoku.people.PersonArticle;
import baoku.people.PersonProfile;
import baoku.people.PersonSummary;
import baoku.people.TitleSpan;
import baoku.people.TitlesOnDate;
import baoku.web.PeopleListing;
import baoku.web.view.Html.Markup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The people the archive names, and one person's titles over time and articles. */
public final class PeopleView {
  /** The people list with its role filters and sortable columns. */
  public String renderList(PeopleListing listing) {
    return Layout.page(
        "人物",
        null,
        html(
            """
            <section class="people">
            <h1>人物</h1>
            <p class="people-note">见报文章最多的 {} 人{}</p>
            <nav class="roles" aria-label="身份">{}</nav>
            <table class="people-list">
            <thead><tr>{}<th scope="col">身份</th>{}{}</tr></thead>
            <tbody>{}</tbody>
            </table>
            </section>
            """,
            listing.roles().values().stream().mapToInt(Integer::intValue).sum(),
            listing.role() == null
                ? null
                : html("，其中{} {} 人", Words.role(listing.role()), listing.people().size()),
            roleLinks(listing),
            sortHeader(listing, PeopleListing.Sort.NAME, "姓名"),
            sortHeader(listing, PeopleListing.Sort.ARTICLES, "文章"),
            sortHeader(listing, PeopleListing.Sort.FIRST, "见报日期"),
            listing.people().stream()
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

  private static Markup roleLinks(PeopleListing listing) {
    List<Markup> links = new ArrayList<>();
    links.add(
        listing.role() == null
            ? html("<strong aria-current=\"true\">全部</strong>")
            : html("<a href=\"{}\">全部</a>", Links.people(null, listing.sort().param())));
    listing
        .roles()
        .forEach(
            (role, count) ->
                links.add(
                    role.equals(listing.role())
                        ? html(
                            "<strong aria-current=\"true\" data-role=\"{}\">{} {}</strong>",
                            role,
                            Words.role(role),
                            count)
                        : html(
                            "<a href=\"{}\" data-role=\"{}\">{} <span class=\"n\">{}</span></a>",
                            Links.people(role, listing.sort().param()),
                            role,
                            Words.role(role),
                            count)));
    return Html.join(links);
  }

  /** A column heading that orders the list by it; the current order is marked. */
  private static Markup sortHeader(PeopleListing listing, PeopleListing.Sort sort, String label) {
    if (listing.sort() == sort) {
      return html(
          "<th scope=\"col\" aria-sort=\"{}\" data-sort=\"{}\">{} ▾</th>",
          sort == PeopleListing.Sort.NAME || sort == PeopleListing.Sort.FIRST
              ? "ascending"
              : "descending",
          sort.param(),
          label);
    }
    return html(
        "<th scope=\"col\" data-sort=\"{}\"><a href=\"{}\">{}</a></th>",
        sort.param(),
        Links.people(listing.role(), sort.param()),
        label);
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
