package baoku.parse.label;

import baoku.parse.text.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * A labelled page cut into units, in printed order: headline groups (with a byline printed under
 * them), article texts, photo captions, and what belongs to the page rather than to an article.
 */
final class PageUnits {
  enum Kind {
    HEAD,
    TEXT,
    CAPTION,
    BYLINE
  }

  /** One unit; its lines keep their roles. */
  static final class Unit {
    final Kind kind;
    final int at;
    final List<Line> lines = new ArrayList<>();
    final List<LineRole> roles = new ArrayList<>();

    /** For a caption: the text it was printed inside or after, if any. */
    Unit host;

    Unit(Kind kind, int at) {
      this.kind = kind;
      this.at = at;
    }

    void add(Line line, LineRole role) {
      lines.add(line);
      roles.add(role);
    }

    LineRole lastRole() {
      return roles.get(roles.size() - 1);
    }
  }

  final List<Line> masthead = new ArrayList<>();
  final List<Line> runningHead = new ArrayList<>();
  final List<Line> editors = new ArrayList<>();
  final List<List<Line>> adverts = new ArrayList<>();
  final List<Unit> units = new ArrayList<>();

  /** Cuts {@code lines} by their {@code roles}. */
  static PageUnits of(List<Line> lines, LineRole[] roles) {
    PageUnits page = new PageUnits();
    Unit text = null;
    Unit last = null;
    LineRole previous = null;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      LineRole role = roles[i];
      switch (role) {
        case MASTHEAD -> page.masthead.add(line);
        case RUNNING_HEAD -> page.runningHead.add(line);
        case EDITOR -> page.editors.add(line);
        case AD -> {
          if (previous != LineRole.AD) {
            page.adverts.add(new ArrayList<>());
          }
          page.adverts.get(page.adverts.size() - 1).add(line);
        }
        case COLUMN, KICKER, TITLE, SUBTITLE -> {
          if (last == null
              || last.kind != Kind.HEAD
              || !previous.headline()
              || role.ordinal() < previous.ordinal()) {
            last = page.add(new Unit(Kind.HEAD, i));
          }
          last.add(line, role);
          text = null;
        }
        case BYLINE -> {
          if (last == null || !(last.kind == Kind.HEAD && previous.headline())) {
            last = page.add(new Unit(Kind.BYLINE, i));
          }
          last.add(line, role);
          text = null;
        }
        case TEXT_START, PARAGRAPH_START, TEXT, SUBHEAD, JUMP -> {
          if (text == null || role == LineRole.TEXT_START) {
            text = page.add(new Unit(Kind.TEXT, i));
          }
          text.add(line, role);
          last = text;
        }
        case CAPTION, CREDIT -> {
          if (last == null
              || last.kind != Kind.CAPTION
              || (role == LineRole.CAPTION && previous == LineRole.CREDIT)) {
            Unit caption = new Unit(Kind.CAPTION, i);
            caption.host = text;
            last = page.add(caption);
          }
          last.add(line, role);
        }
      }
      previous = role;
    }
    return page;
  }

  private Unit add(Unit unit) {
    units.add(unit);
    return unit;
  }
}
