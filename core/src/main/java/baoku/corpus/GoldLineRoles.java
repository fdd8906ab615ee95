package baoku.corpus;

import baoku.page.Article;
import baoku.page.Image;
import baoku.page.OtherBlock;
import baoku.page.Page;
import baoku.parse.label.LabelledPage;
import baoku.parse.label.LineRole;
import baoku.parse.text.Line;
import baoku.parse.zone.Jump;
import baoku.parse.zone.JumpParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The role of each line of a page whose gold is known, found by reading the gold back into the
 * text: a line that continues an article's text where the last one stopped is text (its first line,
 * a paragraph's first, a subhead, or a continuation), a line found in a headline part is that part,
 * and so on. So any gold page, real ones included, teaches the labeller and scores it.
 */
public final class GoldLineRoles {
  private final JumpParser jumps;

  public GoldLineRoles(JumpParser jumps) {
    this.jumps = jumps;
  }

  /** The result, and how many lines found no place in the gold (labelled {@link LineRole#AD}). */
  public record Alignment(LabelledPage page, int unplaced) {}

  /** One article's gold, white space removed. */
  private static final class GoldArticle {
    final String body;
    final Set<Integer> starts = new HashSet<>();
    final List<int[]> subheads = new ArrayList<>();
    final List<String> heads = new ArrayList<>();
    final List<LineRole> headRoles = new ArrayList<>();
    final List<String> captions = new ArrayList<>();
    final List<String> credits = new ArrayList<>();
    final List<String> authors;
    int cursor;

    GoldArticle(Article a) {
      StringBuilder b = new StringBuilder();
      for (String p : a.paragraphs()) {
        starts.add(b.length());
        String n = norm(p);
        if (a.subheads().contains(p)) {
          subheads.add(new int[] {b.length(), b.length() + n.length()});
        }
        b.append(n);
      }
      body = b.toString();
      head(a.column(), LineRole.COLUMN);
      head(a.kicker(), LineRole.KICKER);
      head(a.title(), LineRole.TITLE);
      head(a.subtitle(), LineRole.SUBTITLE);
      for (Image image : a.images()) {
        if (image.caption() != null) {
          captions.add(norm(image.caption()));
        }
        if (image.credit() != null) {
          credits.add(norm(image.credit()));
        }
      }
      authors = a.authors();
    }

    private void head(String text, LineRole role) {
      if (text != null && !text.isBlank()) {
        heads.add(norm(text));
        headRoles.add(role);
      }
    }

    LineRole textRole(int at) {
      for (int[] s : subheads) {
        if (at >= s[0] && at < s[1]) {
          return LineRole.SUBHEAD;
        }
      }
      return at == 0
          ? LineRole.TEXT_START
          : starts.contains(at) ? LineRole.PARAGRAPH_START : LineRole.TEXT;
    }
  }

  public Alignment align(List<Line> lines, Page gold) {
    List<GoldArticle> articles = gold.articles().stream().map(GoldArticle::new).toList();
    String masthead = gold.masthead() == null ? "" : norm(gold.masthead());
    List<LineRole> roles = new ArrayList<>();
    int unplaced = 0;
    GoldArticle last = null;
    boolean seenArticle = false;
    for (Line line : lines) {
      String t = norm(line.text());
      Optional<Jump> jump = t.indexOf('版') >= 0 ? jumps.find(line.text()) : Optional.empty();
      if (jump.isPresent()) {
        Jump j = jump.get();
        if (jumps.isWholeLine(line.text(), j)) {
          roles.add(LineRole.JUMP);
          continue;
        }
        t = norm(line.text().substring(0, j.start()) + line.text().substring(j.end()));
      }
      LineRole role = null;
      GoldArticle owner = null;
      if (last != null && !t.isEmpty() && last.body.startsWith(t, last.cursor)) {
        owner = last;
      }
      for (int i = 0; owner == null && i < articles.size(); i++) {
        GoldArticle a = articles.get(i);
        if (a.body.startsWith(t, a.cursor)) {
          owner = a;
        }
      }
      if (owner != null) {
        role = owner.textRole(owner.cursor);
        owner.cursor += t.length();
      }
      for (int i = 0; role == null && i < articles.size(); i++) {
        GoldArticle a = articles.get(i);
        for (int h = 0; h < a.heads.size(); h++) {
          if (a.heads.get(h).contains(t)) {
            role = a.headRoles.get(h);
            break;
          }
        }
      }
      for (int i = 0; role == null && i < articles.size(); i++) {
        GoldArticle a = articles.get(i);
        if (t.length() >= 4 && a.body.indexOf(t) >= 0) {
          int at = a.body.indexOf(t, a.cursor);
          at = at >= 0 ? at : a.body.indexOf(t);
          role = a.textRole(at);
          a.cursor = at + t.length();
          owner = a;
        }
      }
      role = role != null ? role : other(t, articles, gold, masthead, seenArticle);
      if (role == null) {
        role = LineRole.AD;
        unplaced++;
      }
      if (owner != null) {
        last = owner;
      }
      seenArticle |= role != LineRole.MASTHEAD && role != LineRole.RUNNING_HEAD;
      roles.add(role);
    }
    return new Alignment(new LabelledPage(lines, roles), unplaced);
  }

  private static LineRole other(
      String t, List<GoldArticle> articles, Page gold, String masthead, boolean seenArticle) {
    for (GoldArticle a : articles) {
      if (a.captions.stream().anyMatch(c -> c.contains(t) || t.startsWith(c))) {
        return LineRole.CAPTION;
      }
      if (a.credits.stream().anyMatch(c -> c.contains(t))) {
        return LineRole.CREDIT;
      }
      if (t.length() <= 24 && a.authors.stream().anyMatch(t::contains)) {
        return LineRole.BYLINE;
      }
    }
    if (!seenArticle && !masthead.isEmpty() && masthead.contains(t)) {
      return LineRole.MASTHEAD;
    }
    for (OtherBlock block : gold.otherBlocks()) {
      if (norm(block.text()).contains(t)) {
        return block.type().equals("credits") ? LineRole.EDITOR : LineRole.AD;
      }
    }
    return null;
  }

  static String norm(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
