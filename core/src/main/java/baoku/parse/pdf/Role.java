package baoku.parse.pdf;

/** What a block is on its page. */
enum Role {
  /** The paper's masthead or an inner page's header. */
  MASTHEAD,
  /** A headline part: title, kicker, subtitle, column banner. */
  HEADLINE,
  /** A subhead between an article's paragraphs. */
  SUBHEAD,
  /** A byline on a line of its own. */
  BYLINE,
  /** A jump line on its own: （下转第2版）. */
  JUMP,
  /** A photo's caption or credit. */
  CAPTION,
  /** Running text. */
  BODY
}
