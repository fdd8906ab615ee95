package baoku.web.view;

import static baoku.web.view.Html.html;

import baoku.page.EntityType;
import baoku.page.Mention;
import baoku.web.view.Html.Markup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A stretch of an article's text with every person mention in it a link to the person's page. The
 * mentions' offsets are into the whole text (paragraphs joined by newlines); a mention that does
 * not lie wholly in the stretch, or whose offsets no longer match its text, stays plain.
 */
final class PersonLinks {
  private final List<Mention> people;

  PersonLinks(List<Mention> mentions) {
    this.people =
        mentions.stream()
            .filter(m -> m.type() == EntityType.PERSON && m.start() >= 0 && m.end() > m.start())
            .sorted(Comparator.comparingInt(Mention::start))
            .toList();
  }

  /** {@code text}, which starts at offset {@code base} of the article's text, with links. */
  Markup linked(String text, int base) {
    List<Markup> parts = new ArrayList<>();
    int at = 0;
    for (Mention mention : people) {
      int start = mention.start() - base;
      int end = mention.end() - base;
      if (start < at || end > text.length() || !text.substring(start, end).equals(mention.text())) {
        continue;
      }
      String name = mention.normalized() == null ? mention.text() : mention.normalized();
      parts.add(html("{}", text.substring(at, start)));
      parts.add(
          html(
              "<a class=\"person\" href=\"{}\">{}</a>",
              Links.person(name),
              text.substring(start, end)));
      at = end;
    }
    parts.add(html("{}", text.substring(at)));
    return Html.join(parts);
  }
}
