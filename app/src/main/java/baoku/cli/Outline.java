package baoku.cli;

import baoku.page.Article;
import baoku.page.Image;
import baoku.page.OtherBlock;
import baoku.page.Page;
import baoku.page.Person;

/** A page as a readable outline for people, the text form of {@code baoku parse}. */
final class Outline {
  private Outline() {}

  static String of(Page page) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(page.source()).append('\n');
    var issue = page.issue();
    out.append(value(issue.paper())).append("  ").append(value(issue.date()));
    out.append("  page ").append(value(page.number())).append('\n');
    for (OtherBlock block : page.otherBlocks()) {
      out.append("[").append(block.type()).append("] ").append(block.text()).append('\n');
    }
    for (Person person : page.people()) {
      out.append("[").append(person.role()).append("] ").append(person.name());
      if (!person.titles().isEmpty()) {
        out.append(" ").append(String.join("、", person.titles()));
      }
      out.append('\n');
    }
    int n = 1;
    for (Article a : page.articles()) {
      out.append('\n').append(n++).append(". ");
      if (a.column() != null) {
        out.append("【").append(a.column()).append("】 ");
      }
      if (a.kicker() != null) {
        out.append(a.kicker()).append(" / ");
      }
      out.append(value(a.title()));
      if (a.subtitle() != null) {
        out.append(" / ").append(a.subtitle());
      }
      if (a.titleSource() != null && a.titleSource().label().equals("derived")) {
        out.append("  (title derived)");
      }
      out.append('\n');
      if (!a.authors().isEmpty() || a.dateline() != null) {
        out.append("   ").append(value(a.dateline())).append("  ");
        out.append(String.join("、", a.authors())).append('\n');
      }
      for (String p : a.paragraphs()) {
        out.append(a.subheads().contains(p) ? "   ## " : "   ");
        out.append(p.length() > 60 ? p.substring(0, 60) + "…" : p).append('\n');
      }
      for (Image img : a.images()) {
        out.append("   [图] ").append(value(img.caption()));
        out.append(img.credit() == null ? "" : "  " + img.credit()).append('\n');
      }
      if (a.continuedFrom() != null) {
        out.append("   (上接第").append(a.continuedFrom()).append("版)\n");
      }
      if (a.continuedOn() != null) {
        out.append("   (下转第").append(a.continuedOn()).append("版)\n");
      }
    }
    return out.toString();
  }

  private static String value(Object v) {
    return v == null ? "—" : v.toString();
  }
}
