package baoku.parse.layout;

/** What a single line looks like on its own, before its neighbours are considered. */
public enum LineKind {
  /** Part of a masthead or page header. */
  MASTHEAD,
  /** A line crediting the page's editors: 责任编辑：张三. */
  EDITORIAL,
  /** A jump line on its own: （下转第2版）, （上接第1版）. */
  JUMP,
  /** A byline on its own: ■ 记者 倪琨, ■ 本报评论员, 文/图 张三. */
  BYLINE,
  /** A photo caption set as a line of its own: 图为…（记者 张三 摄）. */
  CAPTION,
  /** A photo credit: 乐山高新区融媒体中心 供图, 记者 张三 摄. */
  CREDIT,
  /** Running text: it carries sentence punctuation. */
  PROSE,
  /** A line without sentence punctuation: a headline, subhead, caption, or a column line. */
  SHORT
}
