package baoku.parse.label;

/** What a printed line is on its page: the labels of the line labeller. */
public enum LineRole {
  /** The masthead: paper, date, issue facts. */
  MASTHEAD,
  /** A running head at the top of an inner page: date, page number, page name. */
  RUNNING_HEAD,
  /** A column's banner (栏目) set above an article's headline. */
  COLUMN,
  /** 引题, the line above the title. */
  KICKER,
  /** 主题, the title. */
  TITLE,
  /** 副题, the line below the title. */
  SUBTITLE,
  /** A byline on its own line: ■ 本报记者 张三, 本报评论员. */
  BYLINE,
  /** The first line of an article's text. */
  TEXT_START,
  /** The first line of a later paragraph. */
  PARAGRAPH_START,
  /** A line that continues the paragraph before it. */
  TEXT,
  /** A subhead inside the text. */
  SUBHEAD,
  /** A photo caption. */
  CAPTION,
  /** A photo credit on its own line: 本报记者 张三摄. */
  CREDIT,
  /** A jump line on its own: （下转第2版）. */
  JUMP,
  /** The page's editors: 本版责编：张三. */
  EDITOR,
  /** An advertisement or notice. */
  AD;

  /** Whether the line belongs to a headline. */
  public boolean headline() {
    return this == COLUMN || this == KICKER || this == TITLE || this == SUBTITLE;
  }

  /** Whether the line is article text, subheads included. */
  public boolean text() {
    return this == TEXT_START || this == PARAGRAPH_START || this == TEXT || this == SUBHEAD;
  }
}
